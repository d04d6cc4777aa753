import { describe, expect, it, vi } from 'vitest';
import type { SendAssessmentInput } from '../../src/domain';
import { assessmentSchema, connectResultSchema, interviewPlanSchema } from '../../src/domain';
import {
  createMockBackend,
  MOCK_INVALID_API_KEY,
  MOCK_NOW,
  MOCK_RATE_LIMITED_API_KEY,
  MOCK_REVOKED_API_KEY,
  MOCK_VALID_API_KEY,
  mockIds,
} from '../../src/mock';
import { backendFailure } from '../support/backend-error';

let keys = 0;
/** Write options with a fresh idempotency key, unless the test names one to reuse. */
const write = (idempotencyKey = `key-${++keys}`) => ({ idempotencyKey });

/** The rejection's code and fields, for compact assertions. */
/** The parts of a failure the rules decide (toMatchObject-friendly). */
async function failure(promise: Promise<unknown>) {
  const { code, fieldErrors, retryAfterSeconds } = await backendFailure(promise);
  return { code, fieldErrors, retryAfterSeconds };
}

const sendInput = (overrides: Partial<SendAssessmentInput> = {}): SendAssessmentInput => ({
  candidateId: mockIds.candidateWithNoAssessments,
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  reviewerIds: ['rev-1', 'rev-2'],
  scorecard: { kind: 'template', templateId: mockIds.scorecardTemplate },
  ...overrides,
});

describe('createMockBackend: integrations', () => {
  it('connects with a valid key, returns the webhook URL and never the key', async () => {
    const { backend } = createMockBackend();
    const result = await backend.connectIntegration({ providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY }, write());
    expect(connectResultSchema.parse(result)).toEqual(result);
    expect(result.integration).toMatchObject({ state: 'connected', apiKeySuffix: '5a3f', connectedAt: MOCK_NOW, connectedBy: 'Dana Ruiz' });
    expect(result.integration.webhookUrl).toMatch(/^https:\/\/ats\.example\.com\/webhooks\/assessments\/codeinterview\/[0-9a-f]{32}$/);
    expect(result.signingSecret).toBeNull();
    expect(JSON.stringify(await backend.getIntegration('codeinterview'))).not.toContain(MOCK_VALID_API_KEY);
  });

  it('returns a whsec_ signing secret once for a vendor that signs webhooks', async () => {
    const { backend } = createMockBackend({ integrationStates: { skillforge: 'not_connected' } });
    const result = await backend.connectIntegration({ providerId: 'skillforge', apiKey: MOCK_VALID_API_KEY }, write());
    expect(result.signingSecret).toMatch(/^whsec_[0-9a-f]{40}$/);
    const replaced = await backend.replaceApiKey({ providerId: 'skillforge', apiKey: 'sf_live_another_key_1' }, write());
    expect(replaced.signingSecret).toBeNull();
    expect(replaced.integration.webhookUrl).toBe(result.integration.webhookUrl);
  });

  it.each([
    [MOCK_INVALID_API_KEY, 'invalid_api_key'],
    [MOCK_REVOKED_API_KEY, 'invalid_api_key'],
    ['short_key', 'invalid_api_key'],
    ['has spaces in the middle', 'invalid_api_key'],
    ['   ', 'validation'],
  ])('rejects the key %j with %s', async (apiKey, code) => {
    const { backend } = createMockBackend();
    expect(await failure(backend.connectIntegration({ providerId: 'codeinterview', apiKey }, write()))).toMatchObject({
      code,
      fieldErrors: { apiKey: expect.any(String) },
    });
    expect((await backend.getIntegration('codeinterview')).state).toBe('not_connected');
  });

  it('names the provider in the invalid-key message and rate limits the rate-limited key', async () => {
    const { backend } = createMockBackend();
    expect(await failure(backend.connectIntegration({ providerId: 'codeinterview', apiKey: MOCK_INVALID_API_KEY }, write()))).toEqual({
      code: 'invalid_api_key',
      fieldErrors: { apiKey: 'This key was not accepted by CodeInterview.' },
      retryAfterSeconds: null,
    });
    expect(await failure(backend.connectIntegration({ providerId: 'codeinterview', apiKey: MOCK_RATE_LIMITED_API_KEY }, write()))).toEqual({
      code: 'rate_limited',
      fieldErrors: {},
      retryAfterSeconds: 30,
    });
  });

  it('forbids managing integrations without permission, and says so in canManage', async () => {
    const { backend } = createMockBackend({ canManageIntegrations: false });
    expect((await backend.getIntegration('codeinterview')).canManage).toBe(false);
    expect((await failure(backend.connectIntegration({ providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY }, write()))).code).toBe('forbidden');
    expect((await failure(backend.replaceApiKey({ providerId: 'skillforge', apiKey: MOCK_VALID_API_KEY }, write()))).code).toBe('forbidden');
    expect((await failure(backend.disconnectIntegration('skillforge', write()))).code).toBe('forbidden');
  });

  it('keeps the old key when a replacement is rejected', async () => {
    const { backend } = createMockBackend();
    const before = await backend.getIntegration('skillforge');
    expect((await failure(backend.replaceApiKey({ providerId: 'skillforge', apiKey: MOCK_INVALID_API_KEY }, write()))).code).toBe('invalid_api_key');
    expect(await backend.getIntegration('skillforge')).toEqual(before);
  });

  it('reauthorizes an integration that needs attention with a new key', async () => {
    const { backend } = createMockBackend();
    const { integration } = await backend.replaceApiKey({ providerId: 'devscreen', apiKey: 'ds_live_new_key_2026' }, write());
    expect(integration).toMatchObject({ state: 'connected', attentionReason: null, apiKeySuffix: '2026' });
  });

  it('answers conflict for connecting twice or replacing the key of nothing', async () => {
    const { backend } = createMockBackend();
    expect((await failure(backend.connectIntegration({ providerId: 'skillforge', apiKey: MOCK_VALID_API_KEY }, write()))).code).toBe('conflict');
    expect((await failure(backend.replaceApiKey({ providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY }, write()))).code).toBe('conflict');
  });

  it('disconnects, forgetting the key and the webhook URL', async () => {
    const { backend } = createMockBackend();
    const integration = await backend.disconnectIntegration('skillforge', write());
    expect(integration).toMatchObject({ state: 'not_connected', apiKeySuffix: null, webhookUrl: null, connectedAt: null });
  });

  it('answers not_found for unknown ids everywhere', async () => {
    const { backend } = createMockBackend();
    const calls = [
      backend.getIntegration('nope'),
      backend.connectIntegration({ providerId: 'nope', apiKey: MOCK_VALID_API_KEY }, write()),
      backend.replaceApiKey({ providerId: 'nope', apiKey: MOCK_VALID_API_KEY }, write()),
      backend.disconnectIntegration('nope', write()),
      backend.listTests({ providerId: 'nope' }),
      backend.getInterviewPlan('nope'),
      backend.saveInterviewPlan({ jobId: 'nope', baseVersion: 1, stages: [] }, write()),
      backend.getCandidate('nope'),
      backend.listCandidateAssessments('nope'),
      backend.sendAssessment(sendInput({ candidateId: 'nope' }), write()),
      backend.resendAssessment('nope', write()),
      backend.cancelAssessment({ assessmentId: 'nope' }, write()),
    ];
    for (const call of calls) expect((await failure(call)).code).toBe('not_found');
  });
});

describe('createMockBackend: catalogue paging and search', () => {
  it('pages with an opaque cursor, 25 by default, up to 100', async () => {
    const { backend } = createMockBackend();
    const first = await backend.listTests({ providerId: 'codeinterview' });
    expect(first.items).toHaveLength(25);
    expect(first.total).toBe(52);
    expect(first.nextCursor).not.toMatch(/^\d+$/);
    const second = await backend.listTests({ providerId: 'codeinterview', cursor: first.nextCursor });
    const third = await backend.listTests({ providerId: 'codeinterview', cursor: second.nextCursor });
    expect(third).toMatchObject({ nextCursor: null, total: 52 });
    expect([...first.items, ...second.items, ...third.items].map((t) => t.id)).toEqual(
      (await backend.listTests({ providerId: 'codeinterview', limit: 100 })).items.map((t) => t.id),
    );
    expect((await backend.listTests({ providerId: 'codeinterview', limit: 500 })).items).toHaveLength(52);
  });

  it('searches titles and languages case-insensitively', async () => {
    const { backend } = createMockBackend();
    const react = await backend.listTests({ providerId: 'codeinterview', search: '  REACT ' });
    expect(react.total).toBe(4);
    expect(react.items.every((t) => t.title.includes('React'))).toBe(true);
    const kotlin = await backend.listTests({ providerId: 'codeinterview', search: 'kotlin' });
    expect(kotlin.items.every((t) => t.languages.includes('Kotlin'))).toBe(true);
    expect(kotlin.total).toBe(8);
    expect((await backend.listTests({ providerId: 'codeinterview', search: 'cobol' })).items).toEqual([]);
  });

  it('searches reviewers by name, email and title', async () => {
    const { backend } = createMockBackend();
    expect((await backend.listReviewers({ search: 'goldberg' })).items.map((r) => r.id)).toEqual(['rev-1']);
    expect((await backend.listReviewers({ search: 'tomas.herrera@' })).items.map((r) => r.name)).toEqual(['Tomás Herrera']);
    expect((await backend.listReviewers({ search: 'engineering manager' })).total).toBe(3);
  });

  it('rejects a foreign cursor or a bad limit as validation', async () => {
    const { backend } = createMockBackend();
    expect(await failure(backend.listReviewers({ cursor: 'garbage!' }))).toMatchObject({ code: 'validation', fieldErrors: { cursor: expect.any(String) } });
    expect(await failure(backend.listReviewers({ limit: 0 }))).toMatchObject({ code: 'validation', fieldErrors: { limit: expect.any(String) } });
  });

  it('pages through the large catalogue', async () => {
    const { backend } = createMockBackend({ catalogue: 'large' });
    const page = await backend.listTests({ providerId: 'codeinterview', search: 'react', limit: 100 });
    expect(page.total).toBeGreaterThan(700);
    expect(page.items).toHaveLength(100);
    expect((await backend.listReviewers({})).total).toBe(2_000);
  });
});

describe('createMockBackend: interview plans', () => {
  it('saves on the current version and bumps it; an older base version is a conflict', async () => {
    const { backend } = createMockBackend();
    const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
    const stages = [...plan.stages, { id: 'stage-new', name: 'Reference check', activities: [] }];
    const saved = await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, write());
    expect(interviewPlanSchema.parse(saved)).toEqual(saved);
    expect(saved.version).toBe(plan.version + 1);
    expect(saved.stages.at(-1)?.name).toBe('Reference check');
    expect((await failure(backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, write()))).code).toBe('conflict');
  });

  it('reports missing tests, reviewers and templates by field path', async () => {
    const { backend } = createMockBackend();
    const plan = await backend.getInterviewPlan(mockIds.jobWithoutAssessmentActivity);
    const stages = structuredClone(plan.stages);
    stages[2]!.activities.push({
      id: 'act-new',
      type: 'send_assessment',
      providerId: 'codeinterview',
      testId: 'ci-test-does-not-exist',
      testTitle: 'Gone',
      reviewerIds: ['rev-999'],
      scorecard: { kind: 'template', templateId: 'tpl-missing' },
    });
    expect(await failure(backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, write()))).toMatchObject({
      code: 'validation',
      fieldErrors: {
        'stages.2.activities.0.testId': expect.any(String),
        'stages.2.activities.0.reviewerIds': expect.any(String),
        'stages.2.activities.0.scorecard': expect.any(String),
      },
    });
    expect((await backend.getInterviewPlan(plan.jobId)).version).toBe(plan.version);
  });

  it('rejects a malformed stage and takes test titles from the catalogue', async () => {
    const { backend } = createMockBackend();
    const plan = await backend.getInterviewPlan(mockIds.jobWithoutAssessmentActivity);
    const malformed = [{ id: 'x', name: '', activities: [] }];
    expect((await failure(backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages: malformed }, write()))).code).toBe('validation');
    const stages = structuredClone(plan.stages);
    stages[2]!.activities.push({
      id: 'act-new',
      type: 'send_assessment',
      providerId: 'codeinterview',
      testId: 'ci-test-3',
      testTitle: 'stale title',
      reviewerIds: [],
      scorecard: { kind: 'questions', questions: [] },
    });
    const saved = await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, write());
    expect(saved.stages[2]?.activities[0]).toMatchObject({ testTitle: 'Data Engineer (SQL + Python) — Take-home' });
  });
});

describe('createMockBackend: sending', () => {
  it('sends a new ad-hoc assessment with a 7-day link and tells subscribers', async () => {
    const { backend } = createMockBackend();
    const listener = vi.fn();
    backend.subscribe(mockIds.candidateWithNoAssessments, listener);
    const sent = await backend.sendAssessment(sendInput(), write());
    expect(assessmentSchema.parse(sent)).toEqual(sent);
    expect(sent).toMatchObject({
      status: 'sent',
      source: 'ad_hoc',
      sentAt: MOCK_NOW,
      expiresAt: '2026-11-09T09:00:00.000Z',
      testTitle: 'Senior Frontend (React) — Take-home',
      reviewers: [{ id: 'rev-1' }, { id: 'rev-2' }],
      history: [{ status: 'sent', at: MOCK_NOW, note: 'Sent by Dana Ruiz' }],
    });
    expect(listener).toHaveBeenCalledWith(sent);
    expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toEqual([sent]);
  });

  it('is idempotent: the same key and input give one assessment; another input with the key is a conflict', async () => {
    const { backend } = createMockBackend();
    const key = write('intent-1');
    const first = await backend.sendAssessment(sendInput(), key);
    // Key order and an explicit null activityId do not make it a different request.
    const { reviewerIds, ...rest } = sendInput();
    const again = await backend.sendAssessment({ activityId: null, reviewerIds, ...rest }, key);
    expect(again).toEqual(first);
    expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(1);
    expect((await failure(backend.sendAssessment(sendInput({ testId: 'sf-test-2' }), key))).code).toBe('conflict');
  });

  it('does not record a failed attempt, so the corrected retry with the same key goes through', async () => {
    const { backend } = createMockBackend();
    const key = write('intent-2');
    expect((await failure(backend.sendAssessment(sendInput({ testId: 'sf-test-missing' }), key))).fieldErrors).toHaveProperty('testId');
    expect((await backend.sendAssessment(sendInput(), key)).status).toBe('sent');
  });

  it('sends the plan-created assessment instead of creating one, with the recruiter’s changes', async () => {
    const { backend } = createMockBackend({ integrationStates: { codeinterview: 'connected' } });
    const candidateId = mockIds.candidateWithPendingActivity;
    const [planned] = await backend.listCandidateAssessments(candidateId);
    expect(planned).toMatchObject({ status: 'not_sent', activityId: mockIds.planActivity });
    const sent = await backend.sendAssessment(
      sendInput({ candidateId, providerId: 'codeinterview', testId: 'ci-test-5', reviewerIds: ['rev-3'], activityId: mockIds.planActivity }),
      write(),
    );
    expect(sent).toMatchObject({ id: planned!.id, status: 'sent', source: 'plan', testId: 'ci-test-5', reviewers: [{ id: 'rev-3' }] });
    expect(sent.history.map((h) => h.status)).toEqual(['not_sent', 'sent']);
    expect(await backend.listCandidateAssessments(candidateId)).toHaveLength(1);
    expect(
      (await failure(backend.sendAssessment(sendInput({ candidateId, providerId: 'codeinterview', testId: 'ci-test-5', activityId: mockIds.planActivity }), write()))).code,
    ).toBe('conflict');
  });

  it('refuses to send through a provider that is not connected, as a validation error on providerId', async () => {
    const { backend } = createMockBackend();
    expect(await failure(backend.sendAssessment(sendInput({ providerId: 'codeinterview', testId: 'ci-test-1' }), write()))).toMatchObject({
      code: 'validation',
      fieldErrors: { providerId: 'CodeInterview is not connected. An admin can connect it under Integrations.' },
    });
    expect(await failure(backend.sendAssessment(sendInput({ providerId: 'devscreen', testId: 'ds-test-1' }), write()))).toMatchObject({
      code: 'validation',
      fieldErrors: { providerId: 'DevScreen needs attention: The API key was revoked in DevScreen.' },
    });
  });

  it('validates the input shape and references', async () => {
    const { backend } = createMockBackend();
    expect((await failure(backend.sendAssessment({ ...sendInput(), reviewerIds: 'rev-1' } as never, write()))).code).toBe('validation');
    expect((await failure(backend.sendAssessment(sendInput({ reviewerIds: ['rev-999'] }), write()))).fieldErrors).toHaveProperty('reviewerIds');
    expect((await failure(backend.sendAssessment(sendInput({ scorecard: { kind: 'template', templateId: 'nope' } }), write()))).fieldErrors).toHaveProperty('scorecard');
    expect((await failure(backend.sendAssessment(sendInput({ activityId: 'act-unknown' }), write()))).fieldErrors).toHaveProperty('activityId');
  });
});

describe('createMockBackend: resend and cancel', () => {
  const ids = mockIds.assessmentsOfCandidateWithEveryStatus;

  it('resends an active assessment: new expiry, a history entry, subscribers told', async () => {
    const { backend } = createMockBackend({ now: () => new Date('2026-11-03T10:00:00Z') });
    const listener = vi.fn();
    backend.subscribe(mockIds.candidateWithEveryStatus, listener);
    const resent = await backend.resendAssessment(ids.sent, write());
    expect(resent.status).toBe('sent');
    expect(resent.expiresAt).toBe('2026-11-10T10:00:00.000Z');
    expect(resent.history.at(-1)).toEqual({ status: 'sent', at: '2026-11-03T10:00:00.000Z', note: 'Resent by Dana Ruiz' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('answers conflict when resending a finished assessment or through a disconnected provider', async () => {
    const { backend } = createMockBackend();
    for (const id of [ids.not_sent, ids.completed, ids.expired, ids.cancelled, ids.failed]) {
      expect((await failure(backend.resendAssessment(id, write()))).code).toBe('conflict');
    }
    // The in-progress one is CodeInterview's, which is not connected in the seed.
    expect((await failure(backend.resendAssessment(ids.in_progress, write()))).code).toBe('conflict');
  });

  it('cancels only active assessments, recording who and why', async () => {
    const { backend } = createMockBackend();
    const cancelled = await backend.cancelAssessment({ assessmentId: ids.in_progress, reason: 'Candidate withdrew' }, write());
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.history.at(-1)?.note).toBe('Cancelled by Dana Ruiz: Candidate withdrew');
    for (const id of [ids.not_sent, ids.completed, ids.in_progress]) {
      expect((await failure(backend.cancelAssessment({ assessmentId: id }, write()))).code).toBe('conflict');
    }
  });

  it('replays a retried cancel instead of answering conflict', async () => {
    const { backend } = createMockBackend();
    const key = write('cancel-intent');
    const first = await backend.cancelAssessment({ assessmentId: ids.sent }, key);
    expect(await backend.cancelAssessment({ assessmentId: ids.sent }, key)).toEqual(first);
  });
});

describe('createMockBackend: plumbing', () => {
  it('returns copies: mutating a result never changes the database', async () => {
    const { backend } = createMockBackend();
    const [first] = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
    first!.status = 'completed';
    first!.history.length = 0;
    const [again] = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
    expect(again!.status).not.toBe('completed');
    expect(again!.history.length).toBeGreaterThan(0);
  });

  it('rejects with the signal’s reason when aborted before or during the artificial latency', async () => {
    const mock = createMockBackend();
    const reason = new Error('gone');
    await expect(mock.backend.listProviders({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    mock.setLatency(10_000);
    const controller = new AbortController();
    const pending = mock.backend.listProviders({ signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('reset brings back the seed, with optional overrides, and keeps subscriptions', async () => {
    const mock = createMockBackend();
    const listener = vi.fn();
    mock.backend.subscribe(mockIds.candidateWithEveryStatus, listener);
    await mock.backend.disconnectIntegration('skillforge', write());
    mock.reset();
    expect((await mock.backend.getIntegration('skillforge')).state).toBe('connected');
    mock.reset({ integrationStates: { codeinterview: 'connected' }, canManageIntegrations: false });
    expect(await mock.backend.getIntegration('codeinterview')).toMatchObject({ state: 'connected', canManage: false });
    await mock.backend.resendAssessment(mockIds.assessmentsOfCandidateWithEveryStatus.in_progress, write());
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops notifying after unsubscribe, and only notifies the candidate’s listeners', async () => {
    const { backend } = createMockBackend();
    const mine = vi.fn();
    const other = vi.fn();
    const unsubscribe = backend.subscribe(mockIds.candidateWithEveryStatus, mine);
    backend.subscribe(mockIds.candidateWithNoAssessments, other);
    unsubscribe();
    await backend.cancelAssessment({ assessmentId: mockIds.assessmentsOfCandidateWithEveryStatus.sent }, write());
    expect(mine).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
  });
});

describe('createMockBackend: the rules a real backend keeps', () => {
  const ids = mockIds.assessmentsOfCandidateWithEveryStatus;

  /** A clock the test moves, so each write happens at its own instant. */
  function movingClock(start = '2026-11-03T10:00:00Z') {
    let now = Date.parse(start);
    return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
  }

  describe('newest first', () => {
    it('lists a candidate’s assessments newest first by when they were created', async () => {
      const { backend } = createMockBackend();
      const list = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      expect(list).toHaveLength(7);
      const created = list.map((a) => Date.parse(a.history[0]!.at));
      expect(created).toEqual([...created].sort((a, b) => b - a));
      expect(new Set(created).size).toBe(7);
    });

    it('puts a new send on top and never reorders when a status changes', async () => {
      const clock = movingClock();
      const { backend } = createMockBackend({ now: clock.now });
      const candidateId = mockIds.candidateWithNoAssessments;
      const older = await backend.sendAssessment(sendInput({ candidateId }), write());
      clock.advance(60_000);
      const newer = await backend.sendAssessment(sendInput({ candidateId, testId: 'sf-test-2' }), write());
      expect((await backend.listCandidateAssessments(candidateId)).map((a) => a.id)).toEqual([newer.id, older.id]);

      clock.advance(60_000);
      await backend.cancelAssessment({ assessmentId: older.id }, write());
      await backend.resendAssessment(newer.id, write());
      const after = await backend.listCandidateAssessments(candidateId);
      expect(after.map((a) => [a.id, a.status])).toEqual([
        [newer.id, 'sent'],
        [older.id, 'cancelled'],
      ]);
    });

    it('lists only the candidate’s own assessments', async () => {
      const { backend } = createMockBackend();
      const list = await backend.listCandidateAssessments(mockIds.candidateWithCompletedAssessment);
      expect(list.map((a) => [a.candidateId, a.status])).toEqual([[mockIds.candidateWithCompletedAssessment, 'completed']]);
    });
  });

  describe('idempotency keys', () => {
    it('requires a key on every write', async () => {
      const { backend } = createMockBackend();
      const noKey = { idempotencyKey: '' };
      for (const call of [
        () => backend.sendAssessment(sendInput(), noKey),
        () => backend.resendAssessment(ids.sent, noKey),
        () => backend.cancelAssessment({ assessmentId: ids.sent }, noKey),
        () => backend.disconnectIntegration('skillforge', noKey),
      ]) {
        expect(await failure(call())).toMatchObject({ code: 'validation', fieldErrors: { idempotencyKey: expect.any(String) } });
      }
      expect((await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).length).toBe(0);
    });

    it('scopes a key to its operation: the same key on another operation is a new request, not a replay', async () => {
      const { backend } = createMockBackend();
      const key = write('shared-key');
      const resent = await backend.resendAssessment(ids.sent, key);
      expect(resent.status).toBe('sent');
      const cancelled = await backend.cancelAssessment({ assessmentId: ids.sent }, key);
      expect(cancelled.status).toBe('cancelled');
      // And each operation still replays its own first answer under that key.
      expect((await backend.resendAssessment(ids.sent, key)).status).toBe('sent');
      expect(await backend.cancelAssessment({ assessmentId: ids.sent }, key)).toEqual(cancelled);
    });

    it('replays with one history entry, and hands out a copy of the first answer', async () => {
      const { backend } = createMockBackend();
      const key = write('resend-twice');
      const first = await backend.resendAssessment(ids.sent, key);
      first.status = 'completed';
      const again = await backend.resendAssessment(ids.sent, key);
      expect(again.status).toBe('sent');
      const [stored] = (await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus)).filter((a) => a.id === ids.sent);
      expect(stored!.history.filter((h) => h.note?.startsWith('Resent'))).toHaveLength(1);
    });

    it('fingerprints a cancel by its reason: same key and reason replays, another reason is a conflict', async () => {
      const { backend } = createMockBackend();
      const key = write('cancel-with-reason');
      const first = await backend.cancelAssessment({ assessmentId: ids.sent, reason: 'Position filled' }, key);
      expect(await backend.cancelAssessment({ assessmentId: ids.sent, reason: 'Position filled' }, key)).toEqual(first);
      expect((await failure(backend.cancelAssessment({ assessmentId: ids.sent, reason: 'Candidate withdrew' }, key))).code).toBe(
        'conflict',
      );
      expect((await failure(backend.cancelAssessment({ assessmentId: ids.sent }, key))).code).toBe('conflict');
    });

    it('fingerprints a cancel by its assessment: the same key for another assessment is a conflict', async () => {
      const { backend } = createMockBackend();
      const key = write('cancel-one');
      await backend.cancelAssessment({ assessmentId: ids.sent }, key);
      expect((await failure(backend.cancelAssessment({ assessmentId: ids.in_progress }, key))).code).toBe('conflict');
      const inProgress = (await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus)).find((a) => a.id === ids.in_progress);
      expect(inProgress?.status).toBe('in_progress');
    });

    it('treats a cancel without a reason and one with an undefined reason as the same request', async () => {
      const { backend } = createMockBackend();
      const key = write('cancel-no-reason');
      const first = await backend.cancelAssessment({ assessmentId: ids.sent }, key);
      expect(first.history.at(-1)?.note).toBe('Cancelled by Dana Ruiz');
      expect(await backend.cancelAssessment({ assessmentId: ids.sent, reason: undefined }, key)).toEqual(first);
    });
  });

  describe('page boundaries', () => {
    // "kotlin" matches exactly 8 of CodeInterview's tests.
    const kotlin = { providerId: 'codeinterview', search: 'kotlin' };

    it('one page holds exactly limit items, with no next page', async () => {
      const { backend } = createMockBackend();
      const page = await backend.listTests({ ...kotlin, limit: 8 });
      expect(page).toMatchObject({ nextCursor: null, total: 8 });
      expect(page.items).toHaveLength(8);
      expect(await backend.listTests({ ...kotlin, limit: 9 })).toEqual(page);
    });

    it('one item over the limit makes a second page of one, and the last page has no cursor', async () => {
      const { backend } = createMockBackend();
      const first = await backend.listTests({ ...kotlin, limit: 7 });
      expect(first.items).toHaveLength(7);
      expect(first.total).toBe(8);
      expect(first.nextCursor).toEqual(expect.any(String));
      const last = await backend.listTests({ ...kotlin, limit: 7, cursor: first.nextCursor });
      expect(last.items).toHaveLength(1);
      expect(last).toMatchObject({ nextCursor: null, total: 8 });
      const all = (await backend.listTests({ ...kotlin, limit: 8 })).items.map((t) => t.id);
      expect([...first.items, ...last.items].map((t) => t.id)).toEqual(all);
    });

    it('walks a page of one item at a time to the end', async () => {
      const { backend } = createMockBackend();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await backend.listTests({ ...kotlin, limit: 1, cursor });
        expect(page.items).toHaveLength(1);
        seen.push(page.items[0]!.id);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 20);
      expect(pages).toBe(8);
      expect(new Set(seen).size).toBe(8);
    });

    it('serves up to 100 items a page', async () => {
      const { backend } = createMockBackend({ catalogue: 'large' });
      expect((await backend.listTests({ providerId: 'codeinterview', limit: 99 })).items).toHaveLength(99);
      expect((await backend.listTests({ providerId: 'codeinterview', limit: 100 })).items).toHaveLength(100);
      const capped = await backend.listTests({ providerId: 'codeinterview', limit: 101 });
      expect(capped.items).toHaveLength(100);
      const next = await backend.listTests({ providerId: 'codeinterview', limit: 101, cursor: capped.nextCursor });
      expect(next.items[0]?.id).not.toBe(capped.items.at(-1)?.id);
      expect(capped.items.map((t) => t.id)).not.toContain(next.items[0]?.id);
    });

    it('pages 25 at a time by default', async () => {
      const { backend } = createMockBackend();
      const reviewers = await createMockBackend({ catalogue: 'large' }).backend.listReviewers({});
      expect(reviewers.items).toHaveLength(25);
      expect((await backend.listTests({ providerId: 'codeinterview' })).items).toHaveLength(25);
    });

    it('counts every match in total, not the page', async () => {
      const { backend } = createMockBackend();
      expect((await backend.listTests({ providerId: 'codeinterview', limit: 1 })).total).toBe(52);
      expect((await backend.listTests({ providerId: 'codeinterview', search: '   ', limit: 1 })).total).toBe(52);
      expect(await backend.listTests({ providerId: 'codeinterview', search: 'cobol' })).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it.each([
      ['zero', 0],
      ['negative', -1],
      ['fractional', 1.5],
      ['not a number', Number.NaN],
    ])('rejects a %s limit', async (_, limit) => {
      const { backend } = createMockBackend();
      expect(await failure(backend.listTests({ providerId: 'codeinterview', limit }))).toMatchObject({
        code: 'validation',
        fieldErrors: { limit: expect.any(String) },
      });
    });

    it.each([
      ['not base64', 'garbage!'],
      ['base64 of something else', btoa('page:2')],
      ['base64 with a non-number offset', btoa('offset:two')],
      ['base64 with text around the offset', btoa('xoffset:2x')],
    ])('rejects a cursor that is %s', async (_, cursor) => {
      const { backend } = createMockBackend();
      expect(await failure(backend.listTests({ providerId: 'codeinterview', cursor }))).toMatchObject({
        code: 'validation',
        fieldErrors: { cursor: expect.any(String) },
      });
    });
  });
});
