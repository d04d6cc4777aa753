import { AssessmentBackendError } from '../../backend/errors';
import type { Assessment, CreateLiveInterviewInput, Provider, Reviewer, SendAssessmentInput } from '../../domain';
import { isActiveStatus, isResendAsNewStatus } from '../../domain';
import type { RequestContext } from '../context';
import { addDays, apiKeyOf, candidateOf, connectionOf, connectorOf, DAY, randomHex, requireScorecard, reviewersById } from '../context';
import { conflict, notFound } from '../http';
import { validationError } from '../../backend/validation-errors';
import type { SqlQueryable } from '../sql';
import type { OpenedPad } from '../types';
import type { VendorWrite } from './vendor-send';
import type { StoredAssessment } from '../store';
import { activeAssessmentOfTest, findTest, insertAssessment, listAssessments, loadAssessment, lockCandidateTest, saveAssessment } from '../store';
import { blankAssessment } from '../../domain/blank-assessment';
import { resendRefusal, resentAssessment } from '../../domain/resend-rules';
import { isUniqueViolation } from './records';

/** A send's body as the server reads it: what is left out is its default (also to the idempotency fingerprint). */
export type SendInput = SendAssessmentInput & { activityId: string | null; expiresAt: string | null; message: string | null; allowDuplicate: boolean };

export const normalizeSendInput = (input: SendAssessmentInput): SendInput => ({
  ...input,
  activityId: input.activityId ?? null,
  expiresAt: input.expiresAt ?? null,
  message: input.message?.trim() || null,
  allowDuplicate: input.allowDuplicate ?? false,
});

export type LiveInput = Omit<CreateLiveInterviewInput, 'scheduledAt'> & { scheduledAt: string | null };

export async function listCandidateAssessments(ctx: RequestContext, candidateId: string): Promise<Assessment[]> {
  await candidateOf(ctx, candidateId);
  return listAssessments(ctx.sql, candidateId);
}

/** The assessment, locked for this transaction, if the user may see its candidate. */
export async function assessmentFor(ctx: RequestContext, q: SqlQueryable, id: string, { lock = false } = {}): Promise<StoredAssessment> {
  const stored = await loadAssessment(q, id, { lock });
  if (!stored) throw notFound(`Unknown assessment "${id}".`);
  await candidateOf(ctx, stored.assessment.candidateId);
  return stored;
}

/** The provider's default lifetime, or the recruiter's date: in the future and within the vendor's maximum. */
function linkExpiry(provider: Provider, expiresAt: string | null, nowIso: string): string {
  const now = Date.parse(nowIso);
  if (expiresAt === null) return new Date(now + provider.linkLifetime.defaultDays * DAY).toISOString();
  const expires = Date.parse(expiresAt);
  if (expires <= now) throw validationError('expiresAt', 'The link must expire in the future.');
  // A day of grace: "the last allowed day" ends at midnight in the recruiter's time zone, not ours.
  if (expires > now + (provider.linkLifetime.maxDays + 1) * DAY) {
    throw validationError('expiresAt', `${provider.name} links can stay open for at most ${provider.linkLifetime.maxDays} days.`);
  }
  return new Date(expires).toISOString();
}

function markSent(ctx: RequestContext, assessment: Assessment, expiresAt: string): Assessment {
  const now = ctx.now();
  return {
    ...assessment,
    status: 'sent',
    vendorStatus: null,
    sentAt: now,
    sentBy: ctx.userName,
    expiresAt,
    history: [...assessment.history, { status: 'sent', at: now, note: `Sent by ${ctx.userName}` }],
  };
}

/**
 * Records a send, not yet made at the vendor (`send_pending`: hidden from lists, counted by the duplicate guard):
 * ./vendor-send.ts then asks the vendor, and confirms or undoes it.
 */
export async function sendAssessment(ctx: RequestContext, tx: SqlQueryable, input: SendInput): Promise<Assessment> {
  await candidateOf(ctx, input.candidateId);
  const connection = await connectionOf(ctx, tx, input.providerId);
  if (!connection.connected) throw validationError('providerId', connection.reason);
  const test = await findTest(tx, input.providerId, input.testId);
  if (!test) throw validationError('testId', `This test no longer exists in ${connection.provider.name}.`);
  if (test.archived) throw validationError('testId', `“${test.title}” was archived in ${connection.provider.name}. Choose another test.`);
  const reviewers = await reviewersById(ctx, input.reviewerIds, 'reviewerIds');
  await requireScorecard(ctx, input.scorecard, 'scorecard');
  const expiresAt = linkExpiry(connection.provider, input.expiresAt, ctx.now());

  await lockCandidateTest(tx, input.candidateId, input.providerId, input.testId);
  let planned: Assessment | null = null;
  if (input.activityId !== null) {
    const [row] = await tx.query<{ id: string }>(
      `SELECT id FROM ak_assessments WHERE candidate_id = $1 AND activity_id = $2 ORDER BY (status = 'cancelled'), seq DESC LIMIT 1`,
      [input.candidateId, input.activityId],
    );
    if (!row) throw validationError('activityId', 'This candidate has no such interview-plan activity.');
    planned = (await loadAssessment(tx, row.id, { lock: true }))!.assessment;
    if (planned.status !== 'not_sent') throw conflict('This activity was already sent.');
  }
  if (!input.allowDuplicate) {
    const existing = await activeAssessmentOfTest(tx, { ...input, exceptId: planned?.id ?? null });
    if (existing) {
      throw new AssessmentBackendError('conflict', 'The candidate already has this test open. Send with allowDuplicate to send it again.', {
        reason: 'duplicate_assessment',
        existingAssessment: existing,
      });
    }
  }
  // The recruiter may change test, reviewers and scorecard before sending a plan activity.
  const fields = { providerId: input.providerId, testId: test.id, testTitle: test.title, reviewers, scorecard: input.scorecard };
  if (planned) {
    const sent = await saveAssessment(tx, markSent(ctx, { ...planned, ...fields }, expiresAt));
    await tx.query('UPDATE ak_assessments SET send_pending = true, pending_restore = $2::jsonb WHERE id = $1', [sent.id, JSON.stringify(planned)]);
    return sent;
  }
  const created = markSent(ctx, blankAssessment({ id: `asmt-${randomHex(10)}`, candidateId: input.candidateId, ...fields }), expiresAt);
  await insertAssessment(tx, created, 'every_reviewer', ctx.now(), { sendPending: true });
  return created;
}

/**
 * A reminder for an open invitation (the same assessment, a new expiry), or, for an ended one, a new assessment
 * recorded as a pending send: ./vendor-send.ts then asks the vendor for its invitation.
 */
export async function resendAssessment(ctx: RequestContext, tx: SqlQueryable, assessmentId: string): Promise<VendorWrite> {
  const { assessment, policy } = await assessmentFor(ctx, tx, assessmentId, { lock: true });
  const refusal = resendRefusal(assessment);
  if (refusal) throw conflict(refusal);
  const resendAsNew = isResendAsNewStatus(assessment.status);
  const connection = await connectionOf(ctx, tx, assessment.providerId);
  if (!connection.connected) throw conflict(connection.reason);
  const now = ctx.now();
  const expiresAt = addDays(now, connection.provider.linkLifetime.defaultDays);
  if (!resendAsNew) {
    const reminded = await saveAssessment(tx, {
      ...assessment,
      expiresAt,
      history: [...assessment.history, { status: assessment.status, at: now, note: `Resent by ${ctx.userName}` }],
    });
    return { assessment: reminded, atVendor: false };
  }
  // A new invitation for an ended one, which stays as it was; the unique index allows one per ended invitation.
  const [successor] = await tx.query<{ id: string }>(`SELECT id FROM ak_assessments WHERE doc->>'resentFromId' = $1`, [assessment.id]);
  if (successor) throw conflict(`This assessment was already resent (as ${successor.id}).`);
  const resent = resentAssessment(assessment, { id: `asmt-${randomHex(10)}`, at: now, by: ctx.userName, expiresAt });
  try {
    await insertAssessment(tx, resent, policy, now, { sendPending: true });
  } catch (error) {
    throw isUniqueViolation(error) ? conflict('This assessment was already resent.') : error;
  }
  return { assessment: resent, atVendor: true };
}

/** Cancelling needs no vendor call: the ATS stops counting the link even if the integration is gone. */
export async function cancelAssessment(ctx: RequestContext, tx: SqlQueryable, input: { assessmentId: string; reason: string | null }): Promise<Assessment> {
  const { assessment } = await assessmentFor(ctx, tx, input.assessmentId, { lock: true });
  if (!isActiveStatus(assessment.status)) {
    throw conflict(`Only sent or in-progress assessments can be cancelled (this one is ${assessment.status}).`);
  }
  const reason = input.reason?.trim();
  return saveAssessment(tx, {
    ...assessment,
    status: 'cancelled',
    vendorStatus: null,
    history: [...assessment.history, { status: 'cancelled', at: ctx.now(), note: `Cancelled by ${ctx.userName}${reason ? `: ${reason}` : ''}` }],
  });
}

/** A live interview's pad, opened at the vendor before its write, and how to end it if the write doesn't keep it. */
export interface OpenedLivePad {
  pad: OpenedPad;
  interviewers: Reviewer[];
  end(): Promise<void>;
}

/**
 * Checks a live interview and opens its pad with the vendor: outside any transaction (a vendor call holds no
 * connection or lock), before the write that records it (`createLiveInterview`). No duplicate guard (see the contract).
 */
export async function openLivePad(ctx: RequestContext, input: LiveInput): Promise<OpenedLivePad> {
  await candidateOf(ctx, input.candidateId);
  const connection = await connectionOf(ctx, ctx.sql, input.providerId);
  if (!connection.connected || !connection.row) throw validationError('providerId', connection.reason);
  const connector = connectorOf(ctx, input.providerId);
  if (!connection.provider.capabilities.liveInterviews || !connector.openPad) {
    throw validationError('providerId', `${connection.provider.name} has no live interviews.`);
  }
  const interviewers = await reviewersById(ctx, input.interviewerIds, 'interviewerIds');
  await requireScorecard(ctx, input.scorecard, 'scorecard');
  if (input.scheduledAt !== null && Date.parse(input.scheduledAt) <= Date.parse(ctx.now())) throw validationError('scheduledAt', 'Choose a time in the future.');
  const apiKey = await apiKeyOf(ctx, connection.row);
  const pad = await connector.openPad(apiKey, { title: input.title, scheduledAt: input.scheduledAt });
  // Best effort: a pad nobody was invited to harms no one, but it shouldn't linger in the vendor's list.
  const end = async () => {
    await connector.endPad?.(apiKey, pad.padId).catch(() => undefined);
  };
  return { pad, interviewers, end };
}

/** Records a live interview whose pad is open, as Scheduled (`sent`); nothing is emailed yet. */
export async function createLiveInterview(ctx: RequestContext, tx: SqlQueryable, input: LiveInput, { pad, interviewers }: OpenedLivePad): Promise<Assessment> {
  const now = ctx.now();
  const interview = blankAssessment({
    id: `live-${randomHex(10)}`,
    candidateId: input.candidateId,
    providerId: input.providerId,
    kind: 'live_interview',
    testId: pad.padId,
    testTitle: input.title,
    status: 'sent',
    reviewers: interviewers,
    scorecard: input.scorecard,
    interview: { scheduledAt: input.scheduledAt, candidateUrl: pad.candidateUrl, interviewerUrl: pad.interviewerUrl, playbackUrl: null },
    history: [{ status: 'sent', at: now, note: `Scheduled by ${ctx.userName}` }],
  });
  await insertAssessment(tx, interview, 'every_reviewer', now, { vendorAssessmentId: pad.padId });
  return interview;
}

/** The email goes out through the host, not the vendor: it works whatever state the integration is in. */
export async function sendInterviewLink(ctx: RequestContext, tx: SqlQueryable, assessmentId: string): Promise<Assessment> {
  const { assessment } = await assessmentFor(ctx, tx, assessmentId, { lock: true });
  if (assessment.kind !== 'live_interview') throw conflict('Only a live interview has a link to send; resend a test instead.');
  if (!isActiveStatus(assessment.status)) throw conflict(`This interview is over (${assessment.status}): its link no longer works.`);
  const link = assessment.interview?.candidateUrl;
  if (!link) throw conflict('The vendor gave no link for the candidate.');
  const candidate = await candidateOf(ctx, assessment.candidateId);
  // Inside the transaction: when the host's email fails, nothing is recorded and the same key tries again.
  await ctx.host.sendInterviewLink?.({ candidate, assessment, link }, ctx.hostContext);
  const now = ctx.now();
  return saveAssessment(tx, {
    ...assessment,
    sentAt: now,
    sentBy: ctx.userName,
    history: [...assessment.history, { status: assessment.status, at: now, note: `Link sent to the candidate by ${ctx.userName}` }],
  });
}
