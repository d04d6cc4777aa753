import type { Assessment } from './assessment';
import { isActiveStatus, isResendAsNewStatus } from './assessment-status';
import { blankAssessment } from './blank-assessment';

/**
 * Resending, the same for every store that implements the contract (the server half, the mock): which assessments
 * may be resent, and what the new invitation for an ended one holds.
 */

/** Why this assessment cannot be resent (a conflict), or null when it can. */
export function resendRefusal(assessment: Pick<Assessment, 'kind' | 'status'>): string | null {
  if (assessment.kind === 'live_interview') return 'A live interview has no invitation to resend: send the candidate its link instead.';
  if (isResendAsNewStatus(assessment.status) || isActiveStatus(assessment.status)) return null;
  return `Only sent, in-progress, expired or failed assessments can be resent (this one is ${assessment.status}).`;
}

/**
 * The new invitation for an expired or failed one, which stays as it was: the same candidate, test, reviewers and
 * scorecard, sent now, with nothing the old link collected.
 */
export function resentAssessment(ended: Assessment, sent: { id: string; at: string; by: string; expiresAt: string }): Assessment {
  return blankAssessment({
    ...ended,
    id: sent.id,
    revision: 1,
    resentFromId: ended.id,
    status: 'sent',
    vendorStatus: null,
    sentAt: sent.at,
    sentBy: sent.by,
    expiresAt: sent.expiresAt,
    startedAt: null,
    completedAt: null,
    score: null,
    timeTakenSeconds: null,
    reportUrl: null,
    failureReason: null,
    feedback: [],
    history: [{ status: 'sent', at: sent.at, note: `Resent by ${sent.by} (the previous link ${ended.status})` }],
  });
}
