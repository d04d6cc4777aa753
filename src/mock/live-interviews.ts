import { AssessmentBackendError } from '../backend/errors';
import type { Assessment, CreateLiveInterviewInput } from '../domain';
import { createLiveInterviewInputSchema, isActiveStatus } from '../domain';
import { validationError, validationErrorFromIssues } from '../backend/validation-errors';
import { candidateFor } from './assessments';
import { requireTemplate, reviewersById } from './catalogue';
import { connectionOf } from './integrations';
import { buildLiveInterview } from './live-interview-pads';
import { MOCK_CURRENT_USER } from './seed';
import type { MockStore } from './store';

/** What the mock's server does with live interviews: opening a pad with the vendor, and sending its link. */

export type ParsedLiveInterviewInput = CreateLiveInterviewInput & { scheduledAt: string | null };

export function parseLiveInterviewInput(raw: unknown): ParsedLiveInterviewInput {
  const parsed = createLiveInterviewInputSchema.safeParse(raw);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  // Missing and null mean the same, also to the idempotency fingerprint.
  return { ...parsed.data, scheduledAt: parsed.data.scheduledAt ?? null };
}

export function createLiveInterview(store: MockStore, input: ParsedLiveInterviewInput): Assessment {
  candidateFor(store, input.candidateId);
  const provider = connectionOf(store, input.providerId);
  if (!provider.connected) throw validationError('providerId', provider.reason);
  if (!store.provider(input.providerId).capabilities.liveInterviews) {
    throw validationError('providerId', `${provider.name} has no live interviews.`);
  }
  const interviewers = reviewersById(store, input.interviewerIds, 'interviewerIds');
  if (input.scorecard?.kind === 'template') requireTemplate(store, input.scorecard.templateId, 'scorecard');
  if (input.scheduledAt !== null && Date.parse(input.scheduledAt) <= Date.parse(store.now())) {
    throw validationError('scheduledAt', 'Choose a time in the future.');
  }
  const interview = buildLiveInterview(
    { ...input, id: `live-${store.prng.hex(10)}`, interviewers: structuredClone(interviewers), at: store.now(), by: MOCK_CURRENT_USER },
    store.prng,
  );
  store.db.assessments.push(interview);
  store.notify(interview);
  return interview;
}

/** The email goes out through the host, not the vendor: it works whatever state the integration is in. */
export function sendInterviewLink(store: MockStore, assessmentId: string): Assessment {
  const interview = store.assessment(assessmentId);
  if (interview.kind !== 'live_interview') {
    throw new AssessmentBackendError('conflict', 'Only a live interview has a link to send; resend a test instead.');
  }
  if (!isActiveStatus(interview.status)) {
    throw new AssessmentBackendError('conflict', `This interview is over (${interview.status}): its link no longer works.`);
  }
  if (!interview.interview?.candidateUrl) {
    throw new AssessmentBackendError('conflict', 'The vendor gave no link for the candidate.');
  }
  const now = store.now();
  Object.assign(interview, { sentAt: now, sentBy: MOCK_CURRENT_USER });
  interview.history.push({ status: interview.status, at: now, note: `Link sent to the candidate by ${MOCK_CURRENT_USER}` });
  store.notify(interview);
  return interview;
}
