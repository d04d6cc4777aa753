import { AssessmentBackendError } from '../backend/errors';
import type { SecretBox } from './secrets';
import type { SqlClient, SqlQueryable } from './sql';

/**
 * docs/rest-contract.md "Idempotency", backed by the database. The key is claimed by inserting its row first, in the
 * transaction that does the work: a second request with the same key blocks on the primary key until the first
 * commits (then it replays or conflicts) or rolls back (then it does the work itself). A failure rolls the claim
 * back with everything else, so nothing of it is stored.
 */
export interface IdempotentRequest {
  userId: string;
  operation: string;
  key: string;
  /** Path parameters and the body as the server read it (defaults filled in). */
  fingerprintOf: unknown;
  /** Seal the stored answer (it holds a signing secret). */
  sealAnswer: boolean;
}

export interface Answer {
  status: number;
  /** The JSON text sent, and replayed byte for byte. */
  bodyText: string;
}

export async function idempotentWrite(
  sql: SqlClient,
  secrets: SecretBox,
  request: IdempotentRequest,
  work: (tx: SqlQueryable) => Promise<{ status: number; body: unknown }>,
): Promise<Answer> {
  const fingerprint = await fingerprintOf(request);
  const scope = [request.userId, request.operation, request.key];
  return sql.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO ak_idempotency (user_id, operation, idempotency_key, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
      [...scope, fingerprint],
    );
    if (claimed.length === 0) {
      // The claim's holder committed before this insert returned: its answer is stored (or the key is another request's).
      const replay = await replayOf(tx, secrets, request, fingerprint);
      if (!replay) throw new AssessmentBackendError('server', 'This request is still being answered; try again.', { status: 503 });
      return replay;
    }
    const result = await work(tx);
    const bodyText = JSON.stringify(result.body);
    await tx.query(
      'UPDATE ak_idempotency SET status = $4, body = $5 WHERE user_id = $1 AND operation = $2 AND idempotency_key = $3',
      [...scope, result.status, request.sealAnswer ? await secrets.seal(bodyText, sealPurpose(request)) : bodyText],
    );
    return { status: result.status, bodyText };
  });
}

/**
 * An idempotent write that needs a vendor call first whose effect no rollback undoes (a live interview's pad): the
 * call is made outside any transaction and only while the key has no answer; what it made is released when the
 * write doesn't keep it (the write failed, or a request under the same key answered first).
 */
export async function idempotentWriteAfter<Made>(
  sql: SqlClient,
  secrets: SecretBox,
  request: IdempotentRequest,
  outside: { make(): Promise<Made>; release(made: Made): Promise<void> },
  work: (tx: SqlQueryable, made: Made) => Promise<{ status: number; body: unknown }>,
): Promise<Answer> {
  const replay = await replayOf(sql, secrets, request, await fingerprintOf(request));
  if (replay) return replay;
  const made = await outside.make();
  let kept = false;
  try {
    const answer = await idempotentWrite(sql, secrets, request, async (tx) => {
      const result = await work(tx, made);
      kept = true;
      return result;
    });
    if (!kept) await outside.release(made);
    return answer;
  } catch (error) {
    await outside.release(made);
    throw error;
  }
}

/** The stored answer under a request's key, or null when the key has none. A key reused for another request is a conflict. */
async function replayOf(q: SqlQueryable, secrets: SecretBox, request: IdempotentRequest, fingerprint: string): Promise<Answer | null> {
  const [stored] = await q.query<{ fingerprint: string; status: number | null; body: string | null }>(
    'SELECT fingerprint, status, body FROM ak_idempotency WHERE user_id = $1 AND operation = $2 AND idempotency_key = $3',
    [request.userId, request.operation, request.key],
  );
  if (!stored) return null;
  if (stored.fingerprint !== fingerprint) throw new AssessmentBackendError('conflict', 'This Idempotency-Key was already used for a different request.');
  if (stored.status === null || stored.body === null) return null;
  return { status: stored.status, bodyText: request.sealAnswer ? await secrets.open(stored.body, sealPurpose(request)) : stored.body };
}

/** What a stored answer is sealed for: an answer of one operation opens only as that operation's. */
const sealPurpose = (request: IdempotentRequest) => `idempotency:${request.operation}`;

/** What a replay must match: the request's parameters and body, hashed. */
export const fingerprintOf = (request: IdempotentRequest) => sha256(stableStringify(request.fingerprintOf));

/** JSON with sorted keys: the same body in another key order has the same fingerprint. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
