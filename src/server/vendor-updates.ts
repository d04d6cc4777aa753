import type { Assessment } from '../domain';
import type { VendorReading } from './types';

// The lifecycle rule for what vendors report (webhooks, reads, the reconciler): only forward, with a history entry.

/**
 * What a vendor reports about an assessment that moves it on (from a webhook confirmed with its API, or a poll): a
 * reading past `sent`, with a test's result or a live interview's replay when it completes.
 */
export type VendorUpdate = Exclude<VendorReading, { status: 'sent' }>;

const allowedFrom: Record<VendorUpdate['status'], readonly string[]> = {
  in_progress: ['sent'],
  completed: ['sent', 'in_progress'],
  expired: ['sent', 'in_progress'],
  failed: ['sent', 'in_progress'],
};

/**
 * The revision rule for vendor news: the lifecycle only moves forward (sent, then in progress, then one end), so
 * news older than what is stored (an `in_progress` event after the completion) changes nothing, whatever order
 * deliveries arrive in.
 */
export const movesForward = (before: Assessment, update: VendorUpdate) => allowedFrom[update.status].includes(before.status);

/** The assessment after the vendor's update, with a history entry; completing opens feedback. */
export function advance(before: Assessment, update: VendorUpdate, now: string, source: string): Assessment {
  const at = update.at ?? now;
  const next: Assessment = { ...before, status: update.status, vendorStatus: update.vendorStatus };
  if (update.status === 'in_progress') next.startedAt = at;
  if (update.status === 'failed') next.failureReason = update.failureReason;
  if (update.status === 'completed') {
    next.startedAt = before.startedAt ?? at;
    next.completedAt = at;
    next.feedback = before.reviewers.map((reviewer) => ({ reviewerId: reviewer.id, state: 'due', submittedAt: null }));
    if (before.kind === 'live_interview' && before.interview) {
      next.interview = { ...before.interview, playbackUrl: update.playbackUrl ?? null };
    } else {
      next.score = update.score ?? null;
      next.reportUrl = update.reportUrl ?? null;
      next.timeTakenSeconds = update.timeTakenSeconds ?? Math.round((Date.parse(at) - Date.parse(next.startedAt)) / 1000);
    }
  }
  const note = update.status === 'failed' ? `${source}: ${update.failureReason}` : source;
  next.history = [...before.history, { status: update.status, at, note }];
  return next;
}
