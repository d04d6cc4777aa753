import * as z from 'zod/mini';

/**
 * The lifecycle every vendor's vocabulary is mapped onto:
 * not_sent (an interview-plan activity waiting for a recruiter) -> sent -> in_progress -> completed,
 * with terminal expired, cancelled and failed (delivery or vendor error).
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
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/** Statuses from which nothing further happens without a new send. */
export const terminalStatuses: ReadonlySet<AssessmentStatus> = new Set(['completed', 'expired', 'cancelled', 'failed']);
/** Statuses where the candidate still has a live link: these can be resent and cancelled. */
export const activeStatuses: ReadonlySet<AssessmentStatus> = new Set(['sent', 'in_progress']);

export const isTerminalStatus = (status: AssessmentStatus) => terminalStatuses.has(status);
export const isActiveStatus = (status: AssessmentStatus) => activeStatuses.has(status);

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
 * Maps any status a backend or vendor reports onto the lifecycle. A value we do not know becomes `sent`
 * (the "waiting on the candidate" state, which claims no outcome) rather than crashing a profile page;
 * the raw value is kept on the assessment as `vendorStatus`.
 */
export function normalizeAssessmentStatus(raw: unknown): AssessmentStatus {
  if (typeof raw !== 'string') return 'sent';
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  // Own keys only: "constructor" must not find Object.prototype's.
  return Object.hasOwn(vendorSynonyms, key) ? vendorSynonyms[key]! : 'sent';
}

/** Accepts any string (or nothing) and always yields a lifecycle status. */
export const assessmentStatusSchema = z.pipe(z.unknown(), z.transform(normalizeAssessmentStatus));
