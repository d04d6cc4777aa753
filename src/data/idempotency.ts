import { useMutation, type MutationScope, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';

export function createIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older runtimes: still unique enough per user intent within one tab.
  return `ak-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same input. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  ) ?? 'undefined';
}

/**
 * A one-way 32-bit FNV-1a hash of the input: enough to tell "the same input again" from "another input" without
 * keeping the input (an API key must not linger in memory after its request).
 */
export function fingerprintOf(input: unknown): number {
  const text = stableJson(input);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface IdempotencyKeys {
  /** The key for this input: the same key while the input stays the same (a retry), a new one when it changes. */
  keyFor(input: unknown): string;
  /** The intent is settled (a success, or an answer that retrying won't change): the next attempt gets a new key. */
  renew(): void;
}

/**
 * The one rule for idempotency keys, used by every write: a key per user intent, reused on a retry of the same
 * input, new when the input changes or after a success.
 */
export function useIdempotencyKey(): IdempotencyKeys {
  const key = useRef<string | null>(null);
  const fingerprint = useRef<number | null>(null);
  const keyFor = useCallback((input: unknown) => {
    const next = fingerprintOf(input);
    if (next !== fingerprint.current || key.current === null) {
      key.current = createIdempotencyKey();
      fingerprint.current = next;
    }
    return key.current;
  }, []);
  const renew = useCallback(() => {
    key.current = null;
    fingerprint.current = null;
  }, []);
  return useMemo(() => ({ keyFor, renew }), [keyFor, renew]);
}

export interface UseIdempotentMutationOptions<TData, TInput> {
  mutationFn: (input: TInput, idempotencyKey: string) => Promise<TData>;
  /** Serialises writes to one entity (TanStack Query mutation scope). */
  scope?: MutationScope;
  onSuccess?: (data: TData, input: TInput) => unknown;
  /** Errors that settle this input (a validation or permission answer): the next attempt gets a new key. */
  settles?: (error: Error) => boolean;
}

interface IdempotentVariables<TInput> {
  input: TInput;
  idempotencyKey: string;
}

/** A mutation result whose `mutate` and `mutateAsync` take the input alone: the key is the hook's business. */
export type IdempotentMutation<TData, TInput> = Omit<
  UseMutationResult<TData, Error, IdempotentVariables<TInput>>,
  'mutate' | 'mutateAsync' | 'variables'
> & {
  mutate: (input: TInput) => void;
  mutateAsync: (input: TInput) => Promise<TData>;
  variables: TInput | undefined;
};

/**
 * A write that follows the idempotency rule and sends once: a second call with the same input while the first is
 * running (a double click, Enter twice) returns the first call's promise instead of making another request.
 */
export function useIdempotentMutation<TData, TInput>({
  mutationFn,
  scope,
  onSuccess,
  settles,
}: UseIdempotentMutationOptions<TData, TInput>): IdempotentMutation<TData, TInput> {
  const keys = useIdempotencyKey();
  const inFlight = useRef(new Map<string, Promise<TData>>());
  const mutation = useMutation<TData, Error, IdempotentVariables<TInput>>({
    mutationFn: ({ input, idempotencyKey }) => mutationFn(input, idempotencyKey),
    scope,
    onSuccess: (data, { input }) => {
      keys.renew();
      return onSuccess?.(data, input);
    },
    onError: (error) => {
      if (settles?.(error)) keys.renew();
    },
  });

  const { mutateAsync: send } = mutation;
  const mutateAsync = useCallback(
    (input: TInput) => {
      const idempotencyKey = keys.keyFor(input);
      const running = inFlight.current.get(idempotencyKey);
      if (running) return running;
      const request = send({ input, idempotencyKey }).finally(() => inFlight.current.delete(idempotencyKey));
      inFlight.current.set(idempotencyKey, request);
      return request;
    },
    [keys, send],
  );
  const mutate = useCallback(
    (input: TInput) => {
      // Failures are read from `error`; the promise is only there for callers that await.
      mutateAsync(input).catch(() => undefined);
    },
    [mutateAsync],
  );

  return { ...mutation, variables: mutation.variables?.input, mutate, mutateAsync };
}
