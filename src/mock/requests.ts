import { AssessmentBackendError } from '../backend/errors';
import type { RequestOptions, WriteOptions } from '../backend/types';
import { validationError } from '../backend/validation-errors';
import type { MockStore } from './store';

/** What every call goes through, as over a network: it can be aborted, it takes `latencyMs`, it answers a copy. */
export async function simulateCall<T>(latencyMs: number, options: RequestOptions | undefined, work: () => T): Promise<T> {
  const signal = options?.signal;
  signal?.throwIfAborted();
  if (latencyMs > 0) await sleep(latencyMs, signal);
  signal?.throwIfAborted();
  return structuredClone(work());
}

/**
 * The rule of docs/rest-contract.md "Idempotency": a key belongs to the signed-in user and the operation; under it,
 * the same input (path ids and body) replays the first success and another input is a conflict. Failures are not
 * recorded: they changed nothing, so the same key again is a new attempt.
 */
export function idempotent<T>(store: MockStore, operation: string, options: WriteOptions, input: unknown, work: () => T): T {
  if (!options.idempotencyKey) throw validationError('idempotencyKey', 'An idempotency key is required.');
  const key = JSON.stringify([store.currentUserId, operation, options.idempotencyKey]);
  const fingerprint = stableStringify(input);
  const record = store.idempotency.get(key);
  if (record) {
    if (record.fingerprint !== fingerprint) {
      throw new AssessmentBackendError('conflict', 'This idempotency key was already used for a different request.');
    }
    return structuredClone(record.result) as T;
  }
  const result = work();
  store.idempotency.set(key, { fingerprint, result: structuredClone(result) });
  return result;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** JSON with sorted keys, so the same input in another key order has the same fingerprint. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
