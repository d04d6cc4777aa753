import { AssessmentBackendError } from '../backend/errors';
import type { Assessment, Candidate, SendAssessmentInput } from '../domain';
import { isActiveStatus, isResendAsNewStatus, sendAssessmentInputSchema } from '../domain';
import { resendRefusal, resentAssessment } from '../domain/resend-rules';
import { validationError, validationErrorFromIssues } from '../backend/validation-errors';
import { buildAssessment } from './builders';
import { requireTemplate, reviewersById } from './catalogue';
import { connectionOf } from './integrations';
import { MOCK_CURRENT_USER, MOCK_LINK_VALID_DAYS } from './seed';
import type { MockStore } from './store';

/** What the mock's server does with a candidate's assessments: listing, sending, resending and cancelling them. */

const DAY = 86_400_000;

const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY).toISOString();

export function candidateFor(store: MockStore, candidateId: string): Candidate {
  const candidate = store.db.candidates.find((c) => c.id === candidateId);
  if (!candidate) throw new AssessmentBackendError('not_found', `Unknown candidate "${candidateId}".`);
  return candidate;
}

export function listCandidateAssessments(store: MockStore, candidateId: string): Assessment[] {
  candidateFor(store, candidateId);
  // Newest first by creation, so a status change never reorders the list under the user.
  return store.db.assessments
    .filter((a) => a.candidateId === candidateId)
    .sort((a, b) => (b.history[0]?.at ?? '').localeCompare(a.history[0]?.at ?? ''));
}

export type ParsedSendInput = SendAssessmentInput & { activityId: string | null; expiresAt: string | null; message: string | null; allowDuplicate: boolean };

export function parseSendInput(raw: unknown): ParsedSendInput {
  const parsed = sendAssessmentInputSchema.safeParse(raw);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  // Missing and null (or false) mean the same, also to the idempotency fingerprint.
  return {
    ...parsed.data,
    activityId: parsed.data.activityId ?? null,
    expiresAt: parsed.data.expiresAt ?? null,
    message: parsed.data.message?.trim() || null,
    allowDuplicate: parsed.data.allowDuplicate ?? false,
  };
}

/** Sends a new assessment, or the plan activity's assessment the input names. */
export function sendAssessment(store: MockStore, input: ParsedSendInput): Assessment {
  const { test, reviewers, expiresAt } = validateSendInput(store, input);
  const planned = input.activityId
    ? store.db.assessments.find((a) => a.candidateId === input.candidateId && a.activityId === input.activityId)
    : undefined;
  if (input.activityId && !planned) {
    throw validationError('activityId', 'This candidate has no such interview-plan activity.');
  }
  if (planned && planned.status !== 'not_sent') {
    throw new AssessmentBackendError('conflict', 'This activity was already sent.');
  }
  refuseDuplicate(store, input, planned);
  let assessment: Assessment;
  if (planned) {
    assessment = planned;
  } else {
    assessment = buildAssessment({
      id: `asmt-${store.prng.hex(10)}`,
      candidateId: input.candidateId,
      providerId: input.providerId,
      testId: test.id,
      testTitle: test.title,
    });
    store.db.assessments.push(assessment);
  }
  // The recruiter may change test, reviewers and scorecard before sending a plan activity.
  Object.assign(assessment, {
    providerId: input.providerId,
    testId: test.id,
    testTitle: test.title,
    reviewers: structuredClone(reviewers),
    scorecard: input.scorecard,
  });
  const now = store.now();
  Object.assign(assessment, { status: 'sent', vendorStatus: null, sentAt: now, sentBy: MOCK_CURRENT_USER, expiresAt });
  assessment.history.push({ status: 'sent', at: now, note: `Sent by ${MOCK_CURRENT_USER}` });
  store.notify(assessment);
  return assessment;
}

/** An open link gets a new expiry; an expired or failed one a new invitation (only one per ended invitation). */
export function resendAssessment(store: MockStore, assessmentId: string): Assessment {
  const assessment = store.assessment(assessmentId);
  const refusal = resendRefusal(assessment);
  if (refusal) throw new AssessmentBackendError('conflict', refusal);
  const provider = connectionOf(store, assessment.providerId);
  if (!provider.connected) throw new AssessmentBackendError('conflict', provider.reason);
  const now = store.now();
  const expiresAt = addDays(now, MOCK_LINK_VALID_DAYS);
  if (isResendAsNewStatus(assessment.status)) {
    const successor = store.db.assessments.find((a) => a.resentFromId === assessment.id);
    if (successor) throw new AssessmentBackendError('conflict', `This assessment was already resent (as ${successor.id}).`);
    // revision 0: notify() counts the record's first revision.
    const resent = { ...resentAssessment(structuredClone(assessment), { id: `asmt-${store.prng.hex(10)}`, at: now, by: MOCK_CURRENT_USER, expiresAt }), revision: 0 };
    store.db.assessments.push(resent);
    store.notify(resent);
    return resent;
  }
  assessment.expiresAt = expiresAt;
  assessment.history.push({ status: assessment.status, at: now, note: `Resent by ${MOCK_CURRENT_USER}` });
  store.notify(assessment);
  return assessment;
}

/** Cancelling needs no vendor call: the ATS stops counting the link even if the integration is gone. */
export function cancelAssessment(store: MockStore, input: { assessmentId: string; reason: string | null }): Assessment {
  const assessment = store.assessment(input.assessmentId);
  if (!isActiveStatus(assessment.status)) {
    throw new AssessmentBackendError('conflict', `Only sent or in-progress assessments can be cancelled (this one is ${assessment.status}).`);
  }
  const reason = input.reason?.trim();
  assessment.status = 'cancelled';
  assessment.vendorStatus = null;
  assessment.history.push({ status: 'cancelled', at: store.now(), note: `Cancelled by ${MOCK_CURRENT_USER}${reason ? `: ${reason}` : ''}` });
  store.notify(assessment);
  return assessment;
}

function validateSendInput(store: MockStore, input: ParsedSendInput) {
  candidateFor(store, input.candidateId);
  const provider = connectionOf(store, input.providerId);
  if (!provider.connected) throw validationError('providerId', provider.reason);
  const test = store.db.testsByProvider[input.providerId]?.find((t) => t.id === input.testId);
  if (!test) throw validationError('testId', `This test no longer exists in ${provider.name}.`);
  if (test.archived) throw validationError('testId', `“${test.title}” was archived in ${provider.name}. Choose another test.`);
  const reviewers = reviewersById(store, input.reviewerIds, 'reviewerIds');
  if (input.scorecard?.kind === 'template') requireTemplate(store, input.scorecard.templateId, 'scorecard');
  return { test, reviewers, expiresAt: linkExpiry(store, input) };
}

/** The provider's default lifetime, or the recruiter's date: in the future and within the vendor's maximum. */
function linkExpiry(store: MockStore, input: ParsedSendInput): string {
  const { name, linkLifetime } = store.provider(input.providerId);
  const now = Date.parse(store.now());
  if (input.expiresAt === null) return new Date(now + linkLifetime.defaultDays * DAY).toISOString();
  const expires = Date.parse(input.expiresAt);
  if (expires <= now) throw validationError('expiresAt', 'The link must expire in the future.');
  // A day of grace: "the last allowed day" ends at midnight in the recruiter's time zone, not ours.
  if (expires > now + (linkLifetime.maxDays + 1) * DAY) {
    throw validationError('expiresAt', `${name} links can stay open for at most ${linkLifetime.maxDays} days.`);
  }
  return new Date(expires).toISOString();
}

/** A second live link for the same test is usually a mistake: refused unless the recruiter confirmed it. */
function refuseDuplicate(store: MockStore, input: ParsedSendInput, sending: Assessment | undefined): void {
  if (input.allowDuplicate) return;
  const existing = store.db.assessments.find(
    (a) =>
      a !== sending &&
      a.candidateId === input.candidateId &&
      a.providerId === input.providerId &&
      a.testId === input.testId &&
      isActiveStatus(a.status),
  );
  if (!existing) return;
  throw new AssessmentBackendError('conflict', 'The candidate already has this test open. Send with allowDuplicate to send it again.', {
    reason: 'duplicate_assessment',
    existingAssessment: structuredClone(existing),
  });
}
