/**
 * Every string `AssessmentStatusBadge` shows or speaks. English defaults; override any part through the provider's
 * `text.statusBadge` or the badge's own `text` prop. Functions receive values already formatted for the locale.
 */
export const statusBadgeText = {
  /** The word in the pill, by lifecycle status. */
  labels: {
    not_sent: 'Not sent',
    sent: 'Sent',
    in_progress: 'In progress',
    completed: 'Completed',
    expired: 'Expired',
    cancelled: 'Cancelled',
    failed: 'Failed',
  },
  /** Detail beside a not-sent badge: the plan created it and it waits for a recruiter. */
  readyToSend: 'Ready to send',
  /** `relative` is "in 3 days", "tomorrow", "in 5 hours". */
  expiresIn: (relative: string) => `Expires ${relative}`,
  /** The link ran out but the vendor has not reported it yet. `date` is "28 Oct". */
  linkExpired: (date: string) => `Link expired ${date}`,
  /** `relative` is "2 hours ago", "yesterday". */
  startedAgo: (relative: string) => `Started ${relative}`,
  /** Detail of a failed badge when the vendor gave no word of its own. */
  deliveryFailed: 'Delivery failed',
  /** A vendor status word that did not map onto the lifecycle ("error", "bounced"). */
  vendorStatus: (word: string) => `Vendor: ${word}`,
  /** Visible score, compact: "82/100". */
  score: (got: string, total: string) => `${got}/${total}`,
  /** Spoken score: "82 out of 100". */
  scoreLabel: (got: string, total: string) => `${got} out of ${total}`,
  /** Joins the visible detail parts: "2 Nov · 82/100". */
  separator: ' · ',
  /** Joins the spoken detail parts: "2 Nov, 82 out of 100". */
  spokenSeparator: ', ',
  /**
   * What a screen reader hears for the whole badge: "Status: Completed, 2 Nov, 82 out of 100". `detail` is null
   * when there is none, or when the detail is custom markup (it is then read right after this).
   */
  accessibleName: (label: string, detail: string | null) => (detail ? `Status: ${label}, ${detail}` : `Status: ${label}`),
};

export type StatusBadgeText = typeof statusBadgeText;
