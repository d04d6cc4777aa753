import type { Assessment } from '../../domain/assessment';
import type { AssessmentStatus } from '../../domain/assessment-status';
import type { Formatters } from '../../data/format';
import { statusLabelOf, type StatusBadgeText } from './text';

/**
 * What the badge needs from an assessment. Only `status` is required, so a host can pass its own row objects;
 * a full `Assessment` fits as is.
 */
export type AssessmentStatusSource = Pick<Assessment, 'status'> &
  Partial<Pick<Assessment, 'kind' | 'vendorStatus' | 'sentAt' | 'startedAt' | 'completedAt' | 'expiresAt' | 'score' | 'history'>>;

export interface StatusDetail {
  /** "2 Nov · 82/100" */
  visible: string;
  /** "2 Nov, 82 out of 100" */
  spoken: string;
  /** The candidate's link runs out within 48 hours, or already has while the status still says it is open. */
  urgent: boolean;
}

/** An open link with less than this left is flagged as urgent. */
export const URGENT_EXPIRY_MS = 48 * 3_600_000;

const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Words a vendor uses for any failure: on a Failed badge they say nothing the label doesn't ("Vendor: error"). */
const GENERIC_FAILURE_WORDS = new Set(['error', 'failed', 'failure', 'fail']);

/**
 * The short line beside the badge, derived from the assessment's timestamps, score and vendor word.
 * Pure: the caller passes the locale-bound formatters, the text and the current time.
 */
export function describeStatusDetail(
  assessment: AssessmentStatusSource,
  text: StatusBadgeText,
  format: Formatters,
  now: number,
): StatusDetail | null {
  const { status, vendorStatus, sentAt, startedAt, completedAt, expiresAt, score, history } = assessment;
  const visible: string[] = [];
  const spoken: string[] = [];
  const add = (shown: string, said = shown) => {
    visible.push(shown);
    spoken.push(said);
  };
  let urgent = false;
  const left = expiresAt ? Date.parse(expiresAt) - now : NaN;

  // When the status last changed to what it is now: the date of a cancel or failure.
  let changedAt: string | undefined;
  for (const change of history ?? []) if (change.status === status) changedAt = change.at;

  // A vendor word that says something the label does not ("error", "bounced"); "completed" on a completed badge does not.
  const label = statusLabelOf(text, status, assessment.kind);
  const vendorWord =
    vendorStatus &&
    letters(vendorStatus) !== letters(status) &&
    letters(vendorStatus) !== letters(label) &&
    !(status === 'failed' && GENERIC_FAILURE_WORDS.has(letters(vendorStatus)))
      ? text.vendorStatus(vendorStatus)
      : null;

  switch (status as AssessmentStatus) {
    case 'not_sent':
      add(text.readyToSend);
      break;
    case 'sent':
      if (expiresAt && left <= 0) {
        urgent = true;
        add(text.linkExpired(format.date(expiresAt)));
      } else if (expiresAt) {
        urgent = left < URGENT_EXPIRY_MS;
        add(text.expiresIn(format.relative(expiresAt)));
      } else if (sentAt) add(format.date(sentAt));
      break;
    case 'in_progress':
      if (expiresAt && left > 0 && left < URGENT_EXPIRY_MS) {
        urgent = true;
        add(text.expiresIn(format.relative(expiresAt)));
      } else if (startedAt) add(text.startedAgo(format.relative(startedAt)));
      break;
    case 'completed':
      if (completedAt) add(format.date(completedAt));
      if (score) {
        const got = format.number(score.got);
        const total = format.number(score.total);
        add(text.score(got, total), text.scoreLabel(got, total));
      }
      break;
    case 'expired':
      if (expiresAt ?? changedAt) add(format.date((expiresAt ?? changedAt)!));
      break;
    case 'cancelled':
      if (changedAt) add(format.date(changedAt));
      break;
    case 'failed':
      if (changedAt) add(format.date(changedAt));
      add(vendorWord ?? text.deliveryFailed);
      break;
    case 'unknown':
      // The word the backend sent is all we know about it.
      if (vendorStatus) add(text.unknownStatus(vendorStatus));
      break;
  }
  if (visible.length === 0 && vendorWord) add(vendorWord);
  if (visible.length === 0) return null;
  return { visible: visible.join(text.separator), spoken: spoken.join(text.spokenSeparator), urgent };
}
