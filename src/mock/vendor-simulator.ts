import type { Assessment, AssessmentKind, AssessmentStatus, Integration, Score } from '../domain';
import { mockPlaybackBaseUrls } from './live-interview-pads';
import { mockReportBaseUrls } from './seed';
import type { MockStore } from './store';

/**
 * Plays the vendor's side: each method is what the backend does when the vendor's webhook lands (or the vendor
 * revokes a key). Assessments change status and history ("Vendor webhook") and subscribers hear about it.
 * Webhooks for disconnected integrations are applied too: this is a test lever, not a policy.
 * A transition the vendor could not make (completing a cancelled assessment) throws, to catch mistakes in stories.
 */
export interface VendorSimulator {
  /** sent -> in_progress: the candidate started the test, or someone joined the live interview's pad. */
  start(assessmentId: string): Assessment;
  /**
   * A test: sent or in_progress -> completed, with a score (default 82/100), the time taken, an https report URL and
   * completedAt; every reviewer's feedback becomes due.
   */
  complete(assessmentId: string, score?: Score): Assessment;
  /**
   * A live interview's pad closes: sent or in_progress -> completed (Ended), with completedAt and a playback link
   * (pass `playbackUrl: null` for a vendor that gives none, or a URL of your own); every interviewer's feedback
   * becomes due.
   */
  end(assessmentId: string, options?: { playbackUrl?: string | null }): Assessment;
  /** sent or in_progress -> expired. */
  expire(assessmentId: string): Assessment;
  /** sent or in_progress -> failed, e.g. "The invitation email bounced." */
  fail(assessmentId: string, reason: string): Assessment;
  /** The vendor's "send test event" button: sets lastWebhookAt. Needs a webhook URL (connected or needs_attention). */
  sendTestWebhook(providerId: string): Integration;
  /** The vendor revokes the key in use: the integration needs attention and the key stops verifying. */
  revokeKey(providerId: string): Integration;
}

const DEFAULT_SCORE: Score = { got: 82, total: 100 };

export function createVendorSimulator(store: MockStore): VendorSimulator {
  function transition(
    assessmentId: string,
    from: readonly AssessmentStatus[],
    to: AssessmentStatus,
    apply: (assessment: Assessment, now: string) => void,
    note = 'Vendor webhook',
  ): Assessment {
    const assessment = store.assessment(assessmentId);
    if (!from.includes(assessment.status)) {
      throw new Error(`The vendor cannot move assessment ${assessmentId} from ${assessment.status} to ${to}.`);
    }
    const now = store.now();
    assessment.status = to;
    apply(assessment, now);
    assessment.history.push({ status: to, at: now, note });
    store.notify(assessment);
    return structuredClone(assessment);
  }

  /** A test completes (with a score); a live interview ends (with a playback link). */
  function requireKind(assessmentId: string, kind: AssessmentKind): string {
    const actual = store.assessment(assessmentId).kind;
    if (actual !== kind) {
      throw new Error(`${assessmentId} is a ${actual}: use ${actual === 'test' ? 'complete' : 'end'} for it.`);
    }
    return assessmentId;
  }

  function integrationWithWebhook(providerId: string) {
    const integration = store.integration(providerId);
    if (integration.state === 'not_connected') {
      throw new Error(`${providerId} is not connected, so the vendor has no webhook URL to call.`);
    }
    return integration;
  }

  const view = (providerId: string): Integration => {
    const { apiKey: _secret, ...visible } = store.integration(providerId);
    return { ...structuredClone(visible), canManage: store.canManageIntegrations };
  };

  return {
    start: (id) =>
      transition(id, ['sent'], 'in_progress', (a, now) => {
        a.startedAt = now;
        a.vendorStatus = 'started';
      }),
    complete: (id, score = DEFAULT_SCORE) =>
      transition(requireKind(id, 'test'), ['sent', 'in_progress'], 'completed', (a, now) => {
        a.startedAt ??= now;
        a.completedAt = now;
        a.score = { ...score };
        a.timeTakenSeconds = Math.round((Date.parse(now) - Date.parse(a.startedAt)) / 1000);
        a.feedback = a.reviewers.map((reviewer) => ({ reviewerId: reviewer.id, state: 'due', submittedAt: null }));
        a.reportUrl = `${mockReportBaseUrls[a.providerId] ?? 'https://vendor.example.com/reports'}/${store.prng.hex(16)}`;
        a.vendorStatus = 'completed';
      }),
    end: (id, { playbackUrl } = {}) =>
      transition(requireKind(id, 'live_interview'), ['sent', 'in_progress'], 'completed', (a, now) => {
        a.startedAt ??= now;
        a.completedAt = now;
        a.interview!.playbackUrl =
          playbackUrl === undefined ? `${mockPlaybackBaseUrls[a.providerId] ?? 'https://vendor.example.com/playback'}/${store.prng.hex(16)}` : playbackUrl;
        a.feedback = a.reviewers.map((reviewer) => ({ reviewerId: reviewer.id, state: 'due', submittedAt: null }));
        a.vendorStatus = 'ended';
      }),
    expire: (id) =>
      transition(id, ['sent', 'in_progress'], 'expired', (a) => {
        a.vendorStatus = 'expired';
      }),
    fail: (id, reason) =>
      transition(
        id,
        ['sent', 'in_progress'],
        'failed',
        (a) => {
          a.vendorStatus = 'error';
          a.failureReason = reason;
        },
        `Vendor webhook: ${reason}`,
      ),
    sendTestWebhook(providerId) {
      integrationWithWebhook(providerId).lastWebhookAt = store.now();
      return view(providerId);
    },
    revokeKey(providerId) {
      const integration = integrationWithWebhook(providerId);
      const provider = store.provider(providerId);
      integration.state = 'needs_attention';
      integration.attentionReason = `The API key was revoked in ${provider.name}.`;
      if (integration.apiKey && !store.db.revokedApiKeys.includes(integration.apiKey)) {
        store.db.revokedApiKeys.push(integration.apiKey);
      }
      return view(providerId);
    },
  };
}
