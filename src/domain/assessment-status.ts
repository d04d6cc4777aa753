/*
 * No schemas here (the status schema is in ./assessment): a component that needs a status rule doesn't bundle zod.
 */

/**
 * The lifecycle every vendor's vocabulary is mapped onto:
 * not_sent (an interview-plan activity waiting for a recruiter) -> sent -> in_progress -> completed,
 * with terminal expired, cancelled and failed (delivery or vendor error). These are the values a backend sends.
 */
export const assessmentStatuses = [
  'not_sent',
  'sent',
  'in_progress',
  'completed',
  'expired',
  'cancelled',
  'failed',
] as const;
export type LifecycleStatus = (typeof assessmentStatuses)[number];
/**
 * A lifecycle status, or `unknown`: a word no mapping knows (a vendor's new status, a typo, a non-string). It
 * claims nothing, neither active nor final, and the assessment keeps the word itself in `vendorStatus`.
 */
export type AssessmentStatus = LifecycleStatus | 'unknown';

/** Statuses from which nothing further happens without a new send. */
export const terminalStatuses: ReadonlySet<AssessmentStatus> = new Set(['completed', 'expired', 'cancelled', 'failed']);
/** Statuses where the candidate still has a live link: these can be resent and cancelled. */
export const activeStatuses: ReadonlySet<AssessmentStatus> = new Set(['sent', 'in_progress']);

/**
 * Statuses whose invitation ended without a result. Resending one sends a new assessment (`resentFromId` names
 * this one) and leaves this one as it was: its dates and vendor record stay true, and history keeps both.
 */
export const resendAsNewStatuses: ReadonlySet<AssessmentStatus> = new Set(['expired', 'failed']);

export const isTerminalStatus = (status: AssessmentStatus) => terminalStatuses.has(status);
export const isActiveStatus = (status: AssessmentStatus) => activeStatuses.has(status);
export const isResendAsNewStatus = (status: AssessmentStatus) => resendAsNewStatuses.has(status);

/** Words vendors use (see shared/reference/vendors.md), normalised to lower case without separators. */
const vendorSynonyms: Record<string, AssessmentStatus> = {
  notsent: 'not_sent',
  needsaction: 'not_sent',
  new: 'not_sent',
  draft: 'not_sent',
  sent: 'sent',
  invited: 'sent',
  pending: 'sent',
  pendingsubmission: 'sent',
  invitationpending: 'sent',
  open: 'sent',
  accepted: 'sent',
  inprogress: 'in_progress',
  started: 'in_progress',
  testleft: 'in_progress',
  completed: 'completed',
  complete: 'completed',
  submitted: 'completed',
  testsubmitted: 'completed',
  results: 'completed',
  expired: 'expired',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  failed: 'failed',
  rejected: 'failed',
  error: 'failed',
};

/**
 * Maps any status a backend or vendor reports onto the lifecycle. A value we do not know becomes `unknown`
 * rather than crashing a profile page or claiming a state it may not be in (it used to read as `sent`, which
 * offered Cancel and Resend on an assessment that might be finished); `assessmentSchema` keeps the raw word
 * in `vendorStatus`.
 */
export function normalizeAssessmentStatus(raw: unknown): AssessmentStatus {
  if (typeof raw !== 'string') return 'unknown';
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  // Own keys only: "constructor" must not find Object.prototype's.
  return Object.hasOwn(vendorSynonyms, key) ? vendorSynonyms[key]! : 'unknown';
}
