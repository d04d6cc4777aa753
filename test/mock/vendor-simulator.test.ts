import { describe, expect, it, vi } from 'vitest';
import { assessmentSchema } from '../../src/domain';
import { createMockBackend, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';

const ids = mockIds.assessmentsOfCandidateWithEveryStatus;
const candidateId = mockIds.candidateWithEveryStatus;

describe('VendorSimulator', () => {
  it('moves sent -> in_progress -> completed with score, https report and history, notifying subscribers', async () => {
    let now = new Date('2026-11-02T10:00:00Z');
    const { backend, simulator } = createMockBackend({ now: () => now });
    const listener = vi.fn();
    backend.subscribe(candidateId, listener);

    const started = simulator.start(ids.sent);
    expect(started).toMatchObject({ status: 'in_progress', startedAt: '2026-11-02T10:00:00.000Z' });
    now = new Date('2026-11-02T12:30:00Z');
    const completed = simulator.complete(ids.sent, { got: 41, total: 50 });
    expect(assessmentSchema.parse(completed)).toEqual(completed);
    expect(completed).toMatchObject({
      status: 'completed',
      startedAt: '2026-11-02T10:00:00.000Z',
      completedAt: '2026-11-02T12:30:00.000Z',
      score: { got: 41, total: 50 },
      timeTakenSeconds: 150 * 60,
    });
    // Feedback opens for every reviewer, and each webhook is a new revision.
    expect(completed.feedback).toEqual(completed.reviewers.map((r) => ({ reviewerId: r.id, state: 'due', submittedAt: null })));
    expect(completed.revision).toBe(started.revision + 1);
    expect(completed.reportUrl).toMatch(/^https:\/\/app\.skillforge\.example\.com\/results\/[0-9a-f]{16}$/);
    expect(completed.history.slice(-2)).toEqual([
      { status: 'in_progress', at: '2026-11-02T10:00:00.000Z', note: 'Vendor webhook' },
      { status: 'completed', at: '2026-11-02T12:30:00.000Z', note: 'Vendor webhook' },
    ]);
    expect(listener.mock.calls.map(([a]) => a.status)).toEqual(['in_progress', 'completed']);
    const stored = (await backend.listCandidateAssessments(candidateId)).find((a) => a.id === ids.sent);
    expect(stored).toEqual(completed);
  });

  it('completes straight from sent with a default score, expires and fails active assessments', () => {
    const { simulator } = createMockBackend();
    expect(simulator.complete(ids.sent)).toMatchObject({ score: { got: 82, total: 100 }, startedAt: expect.any(String) });
    expect(simulator.expire(ids.in_progress).status).toBe('expired');
    const { simulator: other } = createMockBackend();
    const failed = other.fail(ids.sent, 'The invitation email bounced.');
    expect(failed.status).toBe('failed');
    expect(failed.history.at(-1)?.note).toBe('Vendor webhook: The invitation email bounced.');
    expect(failed.failureReason).toBe('The invitation email bounced.');
  });

  it('refuses transitions a vendor could not make, and unknown ids', () => {
    const { simulator } = createMockBackend();
    expect(() => simulator.start(ids.completed)).toThrow(/from completed to in_progress/);
    expect(() => simulator.complete(ids.cancelled)).toThrow();
    expect(() => simulator.expire(ids.not_sent)).toThrow();
    expect(() => simulator.start('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('ends a live interview’s pad: Ended with a playback link (or none), feedback due; a test completes and an interview ends, not the other way', async () => {
    const live = mockIds.liveInterviews;
    const { backend, simulator } = createMockBackend({ now: () => new Date('2026-11-02T10:00:00Z') });
    const listener = vi.fn();
    backend.subscribe(live.candidate, listener);
    expect(() => simulator.complete(live.scheduled)).toThrow(/is a live_interview: use end/);
    expect(() => simulator.end(live.test)).toThrow(/is a test: use complete/);
    // A refused call changes nothing.
    expect((await backend.listCandidateAssessments(live.candidate)).find((a) => a.id === live.scheduled)?.status).toBe('sent');

    const ended = simulator.end(live.scheduled);
    expect(assessmentSchema.parse(ended)).toEqual(ended);
    expect(ended).toMatchObject({ status: 'completed', vendorStatus: 'ended', startedAt: '2026-11-02T10:00:00.000Z', completedAt: '2026-11-02T10:00:00.000Z', score: null });
    expect(ended.interview?.playbackUrl).toMatch(/^https:\/\/rooms\.skillforge\.example\.com\/replays\/[0-9a-f]{16}$/);
    expect(ended.feedback.map((f) => f.state)).toEqual(['due', 'due']);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ id: live.scheduled, status: 'completed' }));
    expect(simulator.end(live.inProgress, { playbackUrl: null }).interview?.playbackUrl).toBeNull();
  });

  it('records a test webhook on a connected integration only', async () => {
    const { backend, simulator } = createMockBackend();
    expect(simulator.sendTestWebhook('skillforge').lastWebhookAt).toBe('2026-11-02T09:00:00.000Z');
    expect((await backend.getIntegration('skillforge')).lastWebhookAt).toBe('2026-11-02T09:00:00.000Z');
    expect(() => simulator.sendTestWebhook('codeinterview')).toThrow(/not connected/);
  });

  it('revokes the key: the integration needs attention and that key no longer verifies', async () => {
    const { backend, simulator } = createMockBackend();
    await backend.connectIntegration({ providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY }, { idempotencyKey: 'k1' });
    const revoked = simulator.revokeKey('codeinterview');
    expect(revoked).toMatchObject({ state: 'needs_attention', attentionReason: 'The API key was revoked in CodeInterview.' });
    await expect(
      backend.replaceApiKey({ providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY }, { idempotencyKey: 'k2' }),
    ).rejects.toMatchObject({ code: 'invalid_api_key' });
    const fixed = await backend.replaceApiKey({ providerId: 'codeinterview', apiKey: 'ci_live_brand_new_key' }, { idempotencyKey: 'k3' });
    expect(fixed.integration.state).toBe('connected');
  });
});
