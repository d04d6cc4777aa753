import type { AssessmentStatus } from '../../domain/assessment-status';
import type { AssessmentKind } from '../../domain/live-interview';

/** The statuses whose word differs for a live interview. */
export type InterviewLabelledStatus = 'sent' | 'in_progress' | 'completed' | 'cancelled';

/**
 * Every string `AssessmentStatusBadge` shows or speaks. Override any part through the provider's
 * `text.statusBadge` or the badge's own `text` prop. Functions receive values already formatted for the locale.
 */
export interface StatusBadgeText {
  /** The word in the pill, by status (`unknown`: a status word the kit does not know). */
  labels: Record<AssessmentStatus, string>;
  /** The words for a live interview (Scheduled, In progress, Ended, Cancelled); its other statuses use `labels`. */
  interviewLabels: Record<InterviewLabelledStatus, string>;
  /** Detail beside a not-sent badge: the plan created it and it waits for a recruiter. */
  readyToSend: string;
  /** `relative` is "in 3 days", "tomorrow", "in 5 hours". */
  expiresIn: (relative: string) => string;
  /** The link ran out but the vendor has not reported it yet. `date` is "28 Oct". */
  linkExpired: (date: string) => string;
  /** `relative` is "2 hours ago", "yesterday". */
  startedAgo: (relative: string) => string;
  /** Detail of a failed badge when the vendor gave no word of its own. */
  deliveryFailed: string;
  /** A vendor status word that did not map onto the lifecycle ("error", "bounced"). */
  vendorStatus: (word: string) => string;
  /** Detail of an `unknown` badge: the status word the backend sent, which the kit does not know. */
  unknownStatus: (word: string) => string;
  /** Visible score, compact: "82/100". */
  score: (got: string, total: string) => string;
  /** Spoken score: "82 out of 100". */
  scoreLabel: (got: string, total: string) => string;
  /** Joins the visible detail parts: "2 Nov · 82/100". */
  separator: string;
  /** Joins the spoken detail parts: "2 Nov, 82 out of 100". */
  spokenSeparator: string;
  /**
   * What a screen reader hears for the whole badge: "Status: Completed, 2 Nov, 82 out of 100". `detail` is null
   * when there is none, or when the detail is custom markup (it is then read right after this).
   */
  accessibleName: (label: string, detail: string | null) => string;
}

declare module '../../data/text' {
  interface KitTextRegistry {
    statusBadge: StatusBadgeText;
  }
}

/** English defaults. */
export const statusBadgeText: StatusBadgeText = {
  labels: {
    not_sent: 'Not sent',
    sent: 'Sent',
    in_progress: 'In progress',
    completed: 'Completed',
    expired: 'Expired',
    cancelled: 'Cancelled',
    failed: 'Failed',
    unknown: 'Unknown',
  },
  interviewLabels: {
    sent: 'Scheduled',
    in_progress: 'In progress',
    completed: 'Ended',
    cancelled: 'Cancelled',
  },
  readyToSend: 'Ready to send',
  expiresIn: (relative) => `Expires ${relative}`,
  linkExpired: (date) => `Link expired ${date}`,
  startedAgo: (relative) => `Started ${relative}`,
  deliveryFailed: 'Delivery failed',
  vendorStatus: (word) => `Vendor: ${word}`,
  unknownStatus: (word) => `Reported as “${word}”`,
  score: (got, total) => `${got}/${total}`,
  scoreLabel: (got, total) => `${got} out of ${total}`,
  separator: ' · ',
  spokenSeparator: ', ',
  accessibleName: (label, detail) => (detail ? `Status: ${label}, ${detail}` : `Status: ${label}`),
};

/** The word for a status, in the words of its kind: a live interview is Scheduled and Ended, a test Sent and Completed. */
export function statusLabelOf(text: StatusBadgeText, status: AssessmentStatus, kind: AssessmentKind = 'test'): string {
  const words = (labels: object): string | undefined => (labels as Record<string, string | undefined>)[status];
  return (kind === 'live_interview' ? words(text.interviewLabels) : undefined) ?? words(text.labels) ?? String(status);
}
