import type { Assessment } from '../../src/domain';
import { buildAssessment, MOCK_NOW } from '../../src/mock';

const nowMs = Date.parse(MOCK_NOW);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An ISO timestamp `offsetMs` from the mock's "now" (negative: in the past). */
export const fromNow = (offsetMs: number) => new Date(nowMs + offsetMs).toISOString();

/** A plain, valid assessment; stories override what they show. */
export function assessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  return buildAssessment({ id: 'as-story', candidateId: 'cand-story', ...overrides });
}

/** One assessment per status, each with the detail a recruiter would see on 2 Nov 2026. */
export const detailedAssessments = {
  not_sent: assessmentFixture({
    status: 'not_sent',
    source: 'plan',
    activityId: 'act-1',
    history: [{ status: 'not_sent', at: fromNow(-5 * HOUR), note: 'Created by the interview plan (Technical screen)' }],
  }),
  sent: assessmentFixture({
    status: 'sent',
    vendorStatus: 'accepted',
    sentAt: fromNow(-4 * DAY),
    expiresAt: fromNow(3 * DAY),
    history: [{ status: 'sent', at: fromNow(-4 * DAY), note: 'Sent by Dana Ruiz' }],
  }),
  sentExpiringSoon: assessmentFixture({
    status: 'sent',
    sentAt: fromNow(-6 * DAY + 3 * HOUR),
    expiresAt: fromNow(DAY + 3 * HOUR),
    history: [{ status: 'sent', at: fromNow(-6 * DAY + 3 * HOUR), note: 'Sent by Dana Ruiz' }],
  }),
  in_progress: assessmentFixture({
    status: 'in_progress',
    vendorStatus: 'started',
    sentAt: fromNow(-DAY),
    startedAt: fromNow(-2 * HOUR),
    expiresAt: fromNow(6 * DAY),
  }),
  completed: assessmentFixture({
    status: 'completed',
    vendorStatus: 'completed',
    sentAt: fromNow(-3 * DAY),
    startedAt: fromNow(-4 * HOUR),
    completedAt: fromNow(-2 * HOUR),
    expiresAt: fromNow(4 * DAY),
    score: { got: 82, total: 100 },
  }),
  expired: assessmentFixture({
    status: 'expired',
    vendorStatus: 'expired',
    sentAt: fromNow(-12 * DAY),
    expiresAt: fromNow(-5 * DAY),
  }),
  cancelled: assessmentFixture({
    status: 'cancelled',
    sentAt: fromNow(-3 * DAY),
    history: [
      { status: 'sent', at: fromNow(-3 * DAY), note: 'Sent by Marcus Lee' },
      { status: 'cancelled', at: fromNow(-DAY), note: 'Cancelled by Marcus Lee: Candidate withdrew' },
    ],
  }),
  failed: assessmentFixture({
    status: 'failed',
    vendorStatus: 'bounced',
    sentAt: fromNow(-DAY - 20 * 60_000),
    history: [
      { status: 'sent', at: fromNow(-DAY - 20 * 60_000), note: 'Sent by Dana Ruiz' },
      { status: 'failed', at: fromNow(-DAY), note: 'Vendor webhook: The invitation email bounced.' },
    ],
  }),
} satisfies Record<string, Assessment>;
