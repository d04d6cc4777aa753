import { AssessmentBackendError } from '../../backend/errors';
import { validationError } from '../../backend/validation-errors';
import type { Assessment } from '../../domain';
import { isVendorError } from '../connectors/vendor-error';
import type { RequestContext, ServerContext } from '../context';
import { apiKeyOf, connectorOf, integrationRow } from '../context';
import { conflict } from '../http';
import type { Answer, IdempotentRequest } from '../idempotency';
import { fingerprintOf } from '../idempotency';
import { loadAssessment, saveAssessment } from '../store';
import type { SqlQueryable } from '../sql';
import type { HostContext } from '../types';
import { markNeedsAttention, REFUSED_KEY_REASON } from '../webhooks/apply';

/**
 * A send that reaches the vendor, in three steps, so that no failure makes a second invitation (docs/rest-contract.md
 * "Idempotency", rule 7):
 * 1. one transaction claims the key, checks the rules (duplicate guard and all) and records the send as pending,
 *    naming it on the key;
 * 2. the vendor is asked, outside any transaction, with the assessment's id and first send time, which the connector
 *    uses never to invite twice for one assessment;
 * 3. one transaction confirms the send and stores the answer on the key.
 * A retry under the same key, or the reconciler, after a failure or a crash between 2 and 3, repeats 2 and 3 for the
 * same assessment. A vendor's timeout or 5xx answers 503 and keeps the pending send; a refusal undoes it (a refused key
 * also turns the integration into "Needs attention").
 */
/** What a write that may reach the vendor recorded: the assessment, and whether it waits on a vendor invitation. */
export interface VendorWrite {
  assessment: Assessment;
  atVendor: boolean;
}

export async function sendThroughVendor(
  ctx: RequestContext,
  request: IdempotentRequest,
  step: { status: number; message: string | null; record: (tx: SqlQueryable) => Promise<VendorWrite> },
): Promise<Answer> {
  const fingerprint = await fingerprintOf(request);
  const scope = [request.userId, request.operation, request.key];
  const claim = await ctx.sql.transaction(async (tx): Promise<Answer | { pendingId: string; pending?: Assessment }> => {
    const claimed = await tx.query(
      `INSERT INTO ak_idempotency (user_id, operation, idempotency_key, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
      [...scope, fingerprint],
    );
    if (claimed.length === 0) return storedAnswer(tx, scope, fingerprint);
    const { assessment: pending, atVendor } = await step.record(tx);
    if (!atVendor) {
      // Nothing to ask the vendor (a reminder): answered and stored in this one transaction, as any other write.
      const answer = { status: step.status, bodyText: JSON.stringify(pending) };
      await tx.query('UPDATE ak_idempotency SET status = $4, body = $5 WHERE user_id = $1 AND operation = $2 AND idempotency_key = $3', [
        ...scope,
        answer.status,
        answer.bodyText,
      ]);
      return answer;
    }
    await tx.query('UPDATE ak_idempotency SET pending_assessment_id = $4 WHERE user_id = $1 AND operation = $2 AND idempotency_key = $3', [
      ...scope,
      pending.id,
    ]);
    await tx.query('UPDATE ak_assessments SET pending_message = $2 WHERE id = $1', [pending.id, step.message]);
    return { pendingId: pending.id, pending };
  });
  if (!('pendingId' in claim)) return claim;
  const confirmed = await finishSend(ctx, claim.pendingId, ctx.hostContext, claim.pending && { assessment: claim.pending, message: step.message });
  // The answer this request stored with the key in step 3; when another request finished it first, theirs.
  if (confirmed) return { status: answerStatusOf(confirmed), bodyText: JSON.stringify(confirmed) };
  const answer = await storedAnswer(ctx.sql, scope, fingerprint);
  if ('pendingId' in answer) throw new AssessmentBackendError('server', 'The send was not confirmed; try again.', { status: 503 });
  return answer;
}

async function storedAnswer(
  q: { query: RequestContext['sql']['query'] },
  scope: string[],
  fingerprint: string,
): Promise<Answer | { pendingId: string }> {
  const [stored] = await q.query<{ fingerprint: string; status: number | null; body: string | null; pending_assessment_id: string | null }>(
    'SELECT fingerprint, status, body, pending_assessment_id FROM ak_idempotency WHERE user_id = $1 AND operation = $2 AND idempotency_key = $3',
    scope,
  );
  if (!stored || stored.fingerprint !== fingerprint) {
    throw new AssessmentBackendError('conflict', 'This Idempotency-Key was already used for a different request.');
  }
  if (stored.status !== null && stored.body !== null) return { status: stored.status, bodyText: stored.body };
  if (stored.pending_assessment_id) return { pendingId: stored.pending_assessment_id };
  throw new AssessmentBackendError('server', 'This send is being undone; try again.', { status: 503 });
}

/** A pending send as step 1 recorded it: the assessment, and the recruiter's message for the invitation. */
export interface PendingSend {
  assessment: Assessment;
  message: string | null;
}

/**
 * Steps 2 and 3 for a pending send (a request, its retry, or the reconciler). Returns the confirmed assessment, or
 * null when it was no longer pending (another request or instance finished it). `justClaimed` is the pending send
 * the caller's own step 1 just wrote, which need not be read back.
 */
export async function finishSend(
  ctx: ServerContext,
  assessmentId: string,
  hostContext: HostContext,
  justClaimed?: PendingSend,
): Promise<Assessment | null> {
  const pending = justClaimed ?? (await pendingSend(ctx, assessmentId));
  if (!pending) return null;
  const { assessment, message } = pending;
  const connector = connectorOf(ctx, assessment.providerId);
  const integration = await integrationRow(ctx.sql, assessment.providerId);
  if (integration?.state !== 'connected') {
    await undoSend(ctx, assessmentId);
    throw validationError('providerId', `${connector.provider.name} is no longer connected, so nothing was sent.`);
  }
  const candidate = await ctx.host.getCandidate(assessment.candidateId, hostContext);
  if (!candidate) {
    await undoSend(ctx, assessmentId);
    throw conflict('The candidate is gone, so nothing was sent.');
  }
  let invitation;
  try {
    invitation = await connector.createInvitation(await apiKeyOf(ctx, integration), {
      assessmentId,
      testId: assessment.testId,
      candidate: { name: candidate.name, email: candidate.email },
      requestedAt: assessment.sentAt ?? ctx.now(),
      expiresAt: assessment.expiresAt ?? ctx.now(),
      message,
    });
  } catch (error) {
    if (!isVendorError(error) || error.retryable) {
      // The vendor may or may not have made it: kept pending, the same assessment is asked for again later.
      throw new AssessmentBackendError('server', `${connector.provider.name} did not answer. The send is kept: try again.`, {
        status: 503,
        ...(isVendorError(error) && error.retryAfterSeconds !== null ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      });
    }
    await undoSend(ctx, assessmentId);
    if (await markNeedsAttention(ctx, assessment.providerId, error)) {
      throw validationError('providerId', `${connector.provider.name} needs attention: ${REFUSED_KEY_REASON}`);
    }
    throw validationError('testId', `${connector.provider.name} refused the invitation, so nothing was sent.`);
  }
  return ctx.sql.transaction(async (tx) => {
    const [locked] = await tx.query<{ send_pending: boolean }>('SELECT send_pending FROM ak_assessments WHERE id = $1 FOR UPDATE', [assessmentId]);
    if (!locked?.send_pending) return null;
    const current = (await loadAssessment(tx, assessmentId))!.assessment;
    const confirmed = await saveAssessment(tx, { ...current, expiresAt: invitation.expiresAt ?? current.expiresAt });
    await tx.query('UPDATE ak_assessments SET send_pending = false, pending_restore = NULL, pending_message = NULL, vendor_assessment_id = $2 WHERE id = $1', [
      assessmentId,
      invitation.vendorAssessmentId,
    ]);
    await tx.query('UPDATE ak_idempotency SET status = $3, body = $2, pending_assessment_id = NULL WHERE pending_assessment_id = $1', [
      assessmentId,
      JSON.stringify(confirmed),
      answerStatusOf(confirmed),
    ]);
    return confirmed;
  });
}

/** A send creates (201); a resend of an ended invitation answers with its successor (200), as the contract says. */
const answerStatusOf = (assessment: Assessment) => (assessment.resentFromId ? 200 : 201);

async function pendingSend(ctx: ServerContext, assessmentId: string): Promise<PendingSend | null> {
  const [row] = await ctx.sql.query<{ send_pending: boolean; pending_message: string | null }>(
    'SELECT send_pending, pending_message FROM ak_assessments WHERE id = $1',
    [assessmentId],
  );
  return row?.send_pending ? { assessment: (await loadAssessment(ctx.sql, assessmentId))!.assessment, message: row.pending_message } : null;
}

/** The vendor refused: the pending send is gone (a plan activity is back as it was), and so is its key's claim. */
async function undoSend(ctx: ServerContext, assessmentId: string): Promise<void> {
  await ctx.sql.transaction(async (tx) => {
    const [row] = await tx.query<{ pending_restore: Assessment | null }>(
      'SELECT pending_restore FROM ak_assessments WHERE id = $1 AND send_pending FOR UPDATE',
      [assessmentId],
    );
    if (!row) return;
    if (row.pending_restore) {
      await tx.query(
        `UPDATE ak_assessments SET doc = $2::jsonb, status = $3, revision = $4, provider_id = $5, test_id = $6, send_pending = false, pending_restore = NULL,
           pending_message = NULL
         WHERE id = $1`,
        [assessmentId, JSON.stringify(row.pending_restore), row.pending_restore.status, row.pending_restore.revision, row.pending_restore.providerId, row.pending_restore.testId],
      );
    } else {
      await tx.query('DELETE FROM ak_assessments WHERE id = $1', [assessmentId]);
    }
    await tx.query('DELETE FROM ak_idempotency WHERE pending_assessment_id = $1', [assessmentId]);
  });
}
