/**
 * The backend contract: one suite, run against every adapter the kit ships, with identical expectations.
 * - in-memory: the mock backend called directly (what embedders use in their own unit tests);
 * - http: `createHttpAdapter` over MSW serving the reference REST contract on top of the same mock.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import type { AssessmentBackend } from '../../src/backend/types';
import {
  assessmentFeedbackSchema,
  assessmentSchema,
  assessmentTestSchema,
  connectResultSchema,
  integrationSchema,
  interviewPlanSchema,
  isSendAssessmentActivity,
  providerSchema,
  readActivity,
  reviewerSchema,
  scorecardTemplateSchema,
  SEND_MESSAGE_MAX_LENGTH,
  type AssessmentFeedback,
  type CreateLiveInterviewInput,
  type SendAssessmentInput,
} from '../../src/domain';
import { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';
import { createMockServer } from '../../src/mock/msw';
import { backendFailure } from '../support/backend-error';

const BASE_URL = 'http://contract.test/api';
// The server project (vitest.config.ts) runs this suite against assessment-kit/server: see test/server/contract-target.ts.
const serverTarget = process.env.CONTRACT_TARGET === 'server' ? await (await import('../server/contract-target')).createServerTarget() : null;
const mockServer = serverTarget ?? createMockServer({ baseUrl: BASE_URL });
const msw = setupServer(...mockServer.handlers);

beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => mockServer.reset());
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

const adapters: Array<[string, () => AssessmentBackend]> = serverTarget?.adapters ?? [
  ['in-memory', () => mockServer.mock.backend],
  ['http', () => createHttpAdapter({ baseUrl: BASE_URL })],
];

let keyCounter = 0;
const freshKey = () => ({ idempotencyKey: `contract-${++keyCounter}` });


const sendInput = (overrides: Partial<SendAssessmentInput> = {}): SendAssessmentInput => ({
  candidateId: mockIds.candidateWithNoAssessments,
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  reviewerIds: [...mockIds.reviewers],
  scorecard: { kind: 'template', templateId: mockIds.scorecardTemplate },
  ...overrides,
});

describe.each(adapters)('AssessmentBackend contract: %s adapter', (_name, createBackend) => {
  let backend: AssessmentBackend;
  beforeEach(() => {
    backend = createBackend();
  });

  describe('integrations', () => {
    it('lists providers with the data the UI needs to explain setup', async () => {
      const providers = await backend.listProviders();
      expect(providers.map((p) => p.id)).toEqual(expect.arrayContaining(Object.values(mockIds.providers)));
      for (const provider of providers) expect(providerSchema.safeParse(provider).success).toBe(true);
      const codeInterview = providers.find((p) => p.id === 'codeinterview');
      expect(codeInterview?.apiKeySteps.length).toBeGreaterThan(0);
      expect(codeInterview?.webhookSteps.join(' ')).toMatch(/Outgoing Webhooks/);
    });

    it('reports each integration state without ever returning the key', async () => {
      const states = await Promise.all(
        [mockIds.notConnectedProvider, mockIds.connectedProvider, mockIds.needsAttentionProvider].map((id) =>
          backend.getIntegration(id),
        ),
      );
      expect(states.map((i) => i.state)).toEqual(['not_connected', 'connected', 'needs_attention']);
      for (const integration of states) {
        expect(integrationSchema.safeParse(integration).success).toBe(true);
        expect(JSON.stringify(integration)).not.toContain(MOCK_VALID_API_KEY);
      }
    });

    it('connects with a valid key and returns a webhook URL to paste into the vendor', async () => {
      const result = await backend.connectIntegration(
        { providerId: mockIds.notConnectedProvider, apiKey: MOCK_VALID_API_KEY },
        freshKey(),
      );
      expect(connectResultSchema.safeParse(result).success).toBe(true);
      expect(result.integration.state).toBe('connected');
      expect(result.integration.webhookUrl).toMatch(/^https:\/\//);
      expect(result.integration.apiKeySuffix).toBe(MOCK_VALID_API_KEY.slice(-4));
      expect(JSON.stringify(result)).not.toContain(MOCK_VALID_API_KEY);
      expect((await backend.getIntegration(mockIds.notConnectedProvider)).state).toBe('connected');
    });

    it('rejects an invalid key with invalid_api_key and a field error, leaving the integration unchanged', async () => {
      const error = await backendFailure(
        backend.connectIntegration({ providerId: mockIds.notConnectedProvider, apiKey: MOCK_INVALID_API_KEY }, freshKey()),
      );
      expect(error.code).toBe('invalid_api_key');
      expect(error.fieldErrors.apiKey).toBeTruthy();
      expect(error.message).not.toContain(MOCK_INVALID_API_KEY);
      expect((await backend.getIntegration(mockIds.notConnectedProvider)).state).toBe('not_connected');
    });

    it('reports rate limiting with when to retry', async () => {
      const error = await backendFailure(
        backend.connectIntegration({ providerId: mockIds.notConnectedProvider, apiKey: MOCK_RATE_LIMITED_API_KEY }, freshKey()),
      );
      expect(error.code).toBe('rate_limited');
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('keeps the old key when a replacement is rejected, and switches when one verifies', async () => {
      const before = await backend.getIntegration(mockIds.connectedProvider);
      await backendFailure(
        backend.replaceApiKey({ providerId: mockIds.connectedProvider, apiKey: MOCK_INVALID_API_KEY }, freshKey()),
      );
      expect(await backend.getIntegration(mockIds.connectedProvider)).toEqual(before);

      const replaced = await backend.replaceApiKey(
        { providerId: mockIds.connectedProvider, apiKey: 'sf_live_replacement_91ab' },
        freshKey(),
      );
      expect(replaced.integration.apiKeySuffix).toBe('91ab');
      expect(replaced.integration.state).toBe('connected');
    });

    it('returns a signing secret once for a vendor that signs webhooks', async () => {
      await backend.disconnectIntegration(mockIds.connectedProvider, freshKey());
      const result = await backend.connectIntegration(
        { providerId: mockIds.connectedProvider, apiKey: 'sf_live_replacement_77cd' },
        freshKey(),
      );
      expect(result.signingSecret).toMatch(/^whsec_/);
      expect(JSON.stringify(await backend.getIntegration(mockIds.connectedProvider))).not.toContain(result.signingSecret);
    });

    it('gives a connected integration a new webhook URL, once per key, and refuses one that is not connected', async () => {
      const before = await backend.getIntegration(mockIds.connectedProvider);
      const key = freshKey();
      const rotated = await backend.rotateWebhookUrl!(mockIds.connectedProvider, key);
      expect(rotated.webhookUrl).toMatch(/^https?:\/\//);
      expect(rotated.webhookUrl).not.toBe(before.webhookUrl);
      // Only the URL changes: the key, the state and who connected it stay.
      expect({ ...rotated, webhookUrl: null }).toEqual({ ...before, webhookUrl: null });
      expect(await backend.getIntegration(mockIds.connectedProvider)).toEqual(rotated);
      // A retry of the same request is the same answer, not a third URL.
      expect(await backend.rotateWebhookUrl!(mockIds.connectedProvider, key)).toEqual(rotated);

      const error = await backendFailure(backend.rotateWebhookUrl!(mockIds.notConnectedProvider, freshKey()));
      expect(error.code).toBe('conflict');
    });

    it('disconnects', async () => {
      const integration = await backend.disconnectIntegration(mockIds.connectedProvider, freshKey());
      expect(integration.state).toBe('not_connected');
      expect(integration.apiKeySuffix).toBeNull();
    });

    it('forbids managing integrations to a user without the right', async () => {
      mockServer.reset({ canManageIntegrations: false });
      const integration = await backend.getIntegration(mockIds.notConnectedProvider);
      expect(integration.canManage).toBe(false);
      const error = await backendFailure(
        backend.connectIntegration({ providerId: mockIds.notConnectedProvider, apiKey: MOCK_VALID_API_KEY }, freshKey()),
      );
      expect(error.code).toBe('forbidden');
    });

    it('answers not_found for an unknown provider', async () => {
      expect((await backendFailure(backend.getIntegration('no-such-vendor'))).code).toBe('not_found');
    });
  });

  describe('catalogue', () => {
    it('pages through tests with a cursor until the last page', async () => {
      const first = await backend.listTests({ providerId: 'codeinterview', limit: 10 });
      expect(first.items).toHaveLength(10);
      expect(first.total).toBeGreaterThan(10);
      expect(first.nextCursor).not.toBeNull();
      for (const test of first.items) expect(assessmentTestSchema.safeParse(test).success).toBe(true);

      const ids = new Set(first.items.map((t) => t.id));
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await backend.listTests({ providerId: 'codeinterview', limit: 10, cursor });
        for (const test of page.items) ids.add(test.id);
        cursor = page.nextCursor;
      }
      expect(ids.size).toBe(first.total);
    });

    it('searches tests by title, case-insensitively', async () => {
      const page = await backend.listTests({ providerId: 'codeinterview', search: 'REACT' });
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.total).toBe(page.items.length <= 25 ? page.items.length : page.total);
      for (const test of page.items) {
        expect(`${test.title} ${test.languages.join(' ')}`.toLowerCase()).toContain('react');
      }
    });

    it('rejects a malformed cursor as validation', async () => {
      const error = await backendFailure(backend.listTests({ providerId: 'codeinterview', cursor: 'not-a-cursor' }));
      expect(error.code).toBe('validation');
    });

    it('searches reviewers', async () => {
      const all = await backend.listReviewers({});
      const someone = all.items[0]!;
      const found = await backend.listReviewers({ search: someone.name.split(' ')[0]!.toLowerCase() });
      expect(found.items.map((r) => r.id)).toContain(someone.id);
      for (const reviewer of found.items) expect(reviewerSchema.safeParse(reviewer).success).toBe(true);
    });

    it('marks tests archived in the vendor, and refuses to send one, naming the field', async () => {
      const page = await backend.listTests({ providerId: mockIds.connectedProvider, limit: 100 });
      const archived = page.items.filter((t) => t.archived).map((t) => t.id);
      expect(archived).toContain(mockIds.archivedSkillForgeTest);
      expect(page.items.find((t) => t.id === mockIds.skillForgeTest)?.archived).toBe(false);
      const error = await backendFailure(backend.sendAssessment(sendInput({ testId: mockIds.archivedSkillForgeTest }), freshKey()));
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fieldErrors)).toEqual(['testId']);
    });

    it('looks reviewers up by id, beyond the first page, leaving unknown ids out', async () => {
      mockServer.reset({ catalogue: 'large' });
      const found = await backend.getReviewers(['rev-1999', 'rev-no-such-person', 'rev-2']);
      expect(found.map((r) => r.id).sort()).toEqual(['rev-1999', 'rev-2']);
      for (const reviewer of found) expect(reviewerSchema.safeParse(reviewer).success).toBe(true);
      expect(await backend.getReviewers([])).toEqual([]);
      const tooMany = Array.from({ length: 101 }, (_, i) => `rev-${i + 1}`);
      expect((await backendFailure(backend.getReviewers(tooMany))).code).toBe('validation');
    });

    it('lists scorecard templates covering every question type', async () => {
      const templates = await backend.listScorecardTemplates();
      for (const template of templates) expect(scorecardTemplateSchema.safeParse(template).success).toBe(true);
      const types = new Set(templates.flatMap((t) => t.questions.map((q) => q.type)));
      expect([...types].sort()).toEqual(['multi_select', 'score', 'single_select', 'stars', 'text', 'yes_no']);
    });
  });

  describe('interview plans', () => {
    it('saves a plan based on the current version and bumps the version', async () => {
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      expect(interviewPlanSchema.safeParse(plan).success).toBe(true);
      const stages = plan.stages.map((stage) =>
        stage.id === mockIds.technicalStage ? { ...stage, name: 'Technical assessment (take-home)' } : stage,
      );
      const saved = await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, freshKey());
      expect(saved.version).toBe(plan.version + 1);
      expect(saved.stages.find((s) => s.id === mockIds.technicalStage)?.name).toBe('Technical assessment (take-home)');
    });

    it('refuses a save based on an old version with conflict', async () => {
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages: plan.stages }, freshKey());
      const error = await backendFailure(
        backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages: plan.stages }, freshKey()),
      );
      expect(error.code).toBe('conflict');
    });

    it('refuses an assessment activity pointing at a test that does not exist, naming the field', async () => {
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      const stages = plan.stages.map((stage) => ({
        ...stage,
        activities: stage.activities.map((activity) =>
          isSendAssessmentActivity(activity) ? { ...activity, testId: 'no-such-test' } : activity,
        ),
      }));
      const error = await backendFailure(
        backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, freshKey()),
      );
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fieldErrors).join(' ')).toMatch(/testId/);
    });

    it('carries the host’s own fields of the plan, its stages and activities through a save untouched', async () => {
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[0]!.ownerId = 'usr-42';
        plan.stages[0]!.activities.push({
          id: 'act-host-panel',
          type: 'interview',
          title: 'Panel',
          durationMinutes: 50,
          interviewerIds: ['rev-4', 'rev-9'],
          location: { kind: 'room', name: 'Lisbon 2.01', capacity: 6 },
          notes: null,
        });
      });
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      const hostActivity = plan.stages[0]!.activities.find((a) => a.id === 'act-host-panel');
      expect(hostActivity).toEqual({
        id: 'act-host-panel',
        type: 'interview',
        title: 'Panel',
        durationMinutes: 50,
        interviewerIds: ['rev-4', 'rev-9'],
        location: { kind: 'room', name: 'Lisbon 2.01', capacity: 6 },
        notes: null,
      });
      // Edit the kit's own activity only, as the editor would.
      const stages = plan.stages.map((stage) => ({
        ...stage,
        activities: stage.activities.map((a) => (isSendAssessmentActivity(a) ? { ...a, reviewerIds: ['rev-3'] } : a)),
      }));
      await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, freshKey());

      const reloaded = await backend.getInterviewPlan(mockIds.jobWithPlan);
      expect(reloaded).toMatchObject({ hiringTeamId: 'team-web-platform' });
      const hostParts = (p: typeof plan) =>
        p.stages.map((stage) => ({ ...stage, activities: stage.activities.filter((a) => !isSendAssessmentActivity(a)) }));
      expect(hostParts(reloaded)).toEqual(hostParts(plan));
      expect(reloaded.stages[0]).toMatchObject({ ownerId: 'usr-42' });
      expect(reloaded.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)?.reviewerIds).toEqual(['rev-3']);
    });

    it('reads a plan with an unreadable assessment activity, keeps that activity as it was, and takes it back unchanged', async () => {
      const broken = { id: 'act-broken', type: 'send_assessment', providerId: 'codeinterview', testTitle: 42 };
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        plan.stages[1]!.activities.push(broken);
      });
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      expect(plan.stages[1]!.activities.at(-1)).toEqual(broken);
      expect(readActivity(plan.stages[1]!.activities.at(-1)!).kind).toBe('unreadable');
      expect(plan.stages.flatMap((s) => s.activities).filter(isSendAssessmentActivity)).toHaveLength(1);

      const saved = await backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages: plan.stages }, freshKey());
      expect(saved.stages[1]!.activities.at(-1)).toEqual(broken);
    });

    it('refuses an unreadable activity the server did not send, naming where it is', async () => {
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      const stages = plan.stages.map((stage, i) =>
        i === 1 ? { ...stage, activities: [...stage.activities, { id: 'act-new', type: 'send_assessment' }] } : stage,
      );
      const error = await backendFailure(
        backend.saveInterviewPlan({ jobId: plan.jobId, baseVersion: plan.version, stages }, freshKey()),
      );
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fieldErrors)).toEqual(['stages.1.activities.1']);
    });

    it('reads whose feedback counts and auto-send, defaulting both when a server leaves them out', async () => {
      mockServer.mock.host.editPlan(mockIds.jobWithPlan, (plan) => {
        const activity = plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)!;
        delete (activity as Partial<typeof activity>).feedbackFrom;
        delete (activity as Partial<typeof activity>).autoSend;
      });
      const plan = await backend.getInterviewPlan(mockIds.jobWithPlan);
      expect(plan.stages.flatMap((s) => s.activities).find(isSendAssessmentActivity)).toMatchObject({
        feedbackFrom: 'every_reviewer',
        autoSend: false,
      });
      const twoProviders = await backend.getInterviewPlan(mockIds.jobWithTwoProviders);
      expect(twoProviders.stages.flatMap((s) => s.activities).filter(isSendAssessmentActivity).find((a) => a.providerId === 'skillforge'))
        .toMatchObject({ feedbackFrom: 'any_reviewer', autoSend: true });
    });
  });

  describe('assessments', () => {
    it('lists a candidate’s assessments in every status, each a valid domain object', async () => {
      const assessments = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      for (const assessment of assessments) expect(assessmentSchema.safeParse(assessment).success).toBe(true);
      expect(new Set(assessments.map((a) => a.status))).toEqual(
        new Set(['not_sent', 'sent', 'in_progress', 'completed', 'expired', 'cancelled', 'failed']),
      );
    });

    it('sends an assessment to a candidate', async () => {
      const sent = await backend.sendAssessment(sendInput(), freshKey());
      expect(sent.status).toBe('sent');
      expect(sent.source).toBe('ad_hoc');
      expect(sent.sentAt).not.toBeNull();
      expect(sent.expiresAt).not.toBeNull();
      expect(sent.reviewers.map((r) => r.id)).toEqual([...mockIds.reviewers]);
      const list = await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments);
      expect(list.map((a) => a.id)).toEqual([sent.id]);
    });

    it('is idempotent: the same key twice yields one assessment', async () => {
      const key = freshKey();
      const first = await backend.sendAssessment(sendInput(), key);
      const second = await backend.sendAssessment(sendInput(), key);
      expect(second.id).toBe(first.id);
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(1);
    });

    it('refuses the same key with a different request as conflict', async () => {
      const key = freshKey();
      await backend.sendAssessment(sendInput(), key);
      const error = await backendFailure(backend.sendAssessment(sendInput({ reviewerIds: ['rev-4'] }), key));
      expect(error.code).toBe('conflict');
    });

    it('sends the plan-created activity instead of creating a second assessment', async () => {
      mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
      const [pending] = await backend.listCandidateAssessments(mockIds.candidateWithPendingActivity);
      expect(pending?.status).toBe('not_sent');
      const sent = await backend.sendAssessment(
        sendInput({
          candidateId: mockIds.candidateWithPendingActivity,
          providerId: pending!.providerId,
          testId: pending!.testId,
          activityId: pending!.activityId,
        }),
        freshKey(),
      );
      expect(sent.id).toBe(pending!.id);
      expect(sent.status).toBe('sent');
      expect(await backend.listCandidateAssessments(mockIds.candidateWithPendingActivity)).toHaveLength(1);
    });

    it('refuses a second active assessment of the same test with duplicate_assessment, unless confirmed', async () => {
      const first = await backend.sendAssessment(sendInput(), freshKey());
      const error = await backendFailure(backend.sendAssessment(sendInput({ reviewerIds: ['rev-4'] }), freshKey()));
      expect(error).toMatchObject({ code: 'conflict', reason: 'duplicate_assessment' });
      expect(error.existingAssessment).toMatchObject({ id: first.id, status: 'sent', sentAt: first.sentAt });
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(1);

      const second = await backend.sendAssessment(sendInput({ reviewerIds: ['rev-4'], allowDuplicate: true }), freshKey());
      expect(second.id).not.toBe(first.id);
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(2);
    });

    it('sends a test again once the earlier one is no longer active', async () => {
      const first = await backend.sendAssessment(sendInput(), freshKey());
      await backend.cancelAssessment({ assessmentId: first.id }, freshKey());
      const again = await backend.sendAssessment(sendInput(), freshKey());
      expect(again.status).toBe('sent');
    });

    it('expires the link after the provider’s default lifetime, or on the recruiter’s date within its maximum', async () => {
      const providers = await backend.listProviders();
      const lifetime = providers.find((p) => p.id === mockIds.connectedProvider)!.linkLifetime;
      expect(lifetime.maxDays).toBeGreaterThanOrEqual(lifetime.defaultDays);
      const byDefault = await backend.sendAssessment(sendInput(), freshKey());
      const day = 86_400_000;
      expect(Date.parse(byDefault.expiresAt!) - Date.parse(byDefault.sentAt!)).toBe(lifetime.defaultDays * day);

      const chosen = new Date(Date.parse(byDefault.sentAt!) + 3 * day).toISOString();
      const custom = await backend.sendAssessment(
        sendInput({ candidateId: mockIds.candidateWithCompletedAssessment, expiresAt: chosen, message: 'Good luck!' }),
        freshKey(),
      );
      expect(custom.expiresAt).toBe(chosen);

      const past = new Date(Date.parse(byDefault.sentAt!) - day).toISOString();
      const tooLate = new Date(Date.parse(byDefault.sentAt!) + (lifetime.maxDays + 2) * day).toISOString();
      for (const expiresAt of [past, tooLate]) {
        const error = await backendFailure(
          backend.sendAssessment(sendInput({ candidateId: mockIds.candidateWithEveryStatus, expiresAt }), freshKey()),
        );
        expect(error.code).toBe('validation');
        expect(Object.keys(error.fieldErrors)).toEqual(['expiresAt']);
      }
    });

    it('refuses a message over the length limit and sending without reviewers, naming the fields', async () => {
      const long = await backendFailure(
        backend.sendAssessment(sendInput({ message: 'x'.repeat(SEND_MESSAGE_MAX_LENGTH + 1) }), freshKey()),
      );
      expect(long.code).toBe('validation');
      expect(Object.keys(long.fieldErrors)).toEqual(['message']);
      const nobody = await backendFailure(backend.sendAssessment(sendInput({ reviewerIds: [] }), freshKey()));
      expect(Object.keys(nobody.fieldErrors)).toEqual(['reviewerIds']);
    });

    it('refuses to send through a provider that is not connected', async () => {
      const error = await backendFailure(
        backend.sendAssessment(
          sendInput({ providerId: mockIds.notConnectedProvider, testId: mockIds.codeInterviewTest }),
          freshKey(),
        ),
      );
      expect(['validation', 'conflict']).toContain(error.code);
    });

    it('resends an active assessment with a new expiry and a history entry', async () => {
      const [active] = await backend.listCandidateAssessments(mockIds.candidateWithActiveAssessment);
      const resent = await backend.resendAssessment(active!.id, freshKey());
      expect(resent.status).toBe('sent');
      expect(resent.history.length).toBe(active!.history.length + 1);
      expect(new Date(resent.expiresAt!).getTime()).toBeGreaterThanOrEqual(new Date(active!.expiresAt!).getTime());
    });

    it('resends an expired assessment as a new one and keeps the expired one as it was', async () => {
      mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
      const expiredId = mockIds.assessmentsOfCandidateWithEveryStatus.expired;
      const before = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      const expired = before.find((a) => a.id === expiredId)!;

      const resent = await backend.resendAssessment(expiredId, freshKey());
      expect(resent.id).not.toBe(expiredId);
      expect(resent).toMatchObject({ status: 'sent', resentFromId: expiredId, testId: expired.testId, score: null });
      expect(resent.reviewers).toEqual(expired.reviewers);
      expect(resent.expiresAt! > resent.sentAt!).toBe(true);

      const after = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      expect(after).toHaveLength(before.length + 1);
      expect(after.find((a) => a.id === expiredId)).toEqual(expired);
      // Only one new invitation per ended one, whatever the key.
      expect((await backendFailure(backend.resendAssessment(expiredId, freshKey()))).code).toBe('conflict');
    });

    it('refuses to resend a completed or cancelled assessment with conflict', async () => {
      const ids = mockIds.assessmentsOfCandidateWithEveryStatus;
      for (const id of [ids.completed, ids.cancelled, ids.not_sent]) {
        expect((await backendFailure(backend.resendAssessment(id, freshKey()))).code).toBe('conflict');
      }
    });

    it('raises an assessment’s revision on every change, so answers can be ordered', async () => {
      const [active] = await backend.listCandidateAssessments(mockIds.candidateWithActiveAssessment);
      const resent = await backend.resendAssessment(active!.id, freshKey());
      expect(resent.revision).toBeGreaterThan(active!.revision);
      const cancelled = await backend.cancelAssessment({ assessmentId: active!.id }, freshKey());
      expect(cancelled.revision).toBeGreaterThan(resent.revision);
      const [listed] = await backend.listCandidateAssessments(mockIds.candidateWithActiveAssessment);
      expect(listed!.revision).toBe(cancelled.revision);
    });

    it('names who sent each assessment, and gives a completed one its time taken and the reviewers’ feedback state', async () => {
      const assessments = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      const byStatus = Object.fromEntries(assessments.map((a) => [a.status, a]));
      expect(byStatus.not_sent?.sentBy).toBeNull();
      expect(byStatus.not_sent?.stageName).toEqual(expect.any(String));
      expect(byStatus.sent?.sentBy).toEqual(expect.any(String));
      const completed = byStatus.completed!;
      expect(completed.timeTakenSeconds).toBeGreaterThan(0);
      expect(completed.feedback.map((f) => f.reviewerId)).toEqual(completed.reviewers.map((r) => r.id));
      expect(byStatus.failed?.failureReason).toEqual(expect.any(String));
    });

    it('cancels an active assessment', async () => {
      const [active] = await backend.listCandidateAssessments(mockIds.candidateWithActiveAssessment);
      const cancelled = await backend.cancelAssessment({ assessmentId: active!.id, reason: 'Position filled' }, freshKey());
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.history.at(-1)?.status).toBe('cancelled');
    });

    it('refuses to cancel a finished assessment with conflict', async () => {
      const error = await backendFailure(
        backend.cancelAssessment(
          { assessmentId: mockIds.assessmentsOfCandidateWithEveryStatus.completed },
          freshKey(),
        ),
      );
      expect(error.code).toBe('conflict');
    });

    it('answers not_found for an unknown candidate or assessment', async () => {
      expect((await backendFailure(backend.getCandidate('cand-nobody'))).code).toBe('not_found');
      expect((await backendFailure(backend.resendAssessment('asmt-nothing', freshKey()))).code).toBe('not_found');
    });
  });

  // docs/rest-contract.md "Idempotency": what a server implementer must do with an Idempotency-Key.
  describe('idempotency', () => {
    it('replays the first success under its key, even after the record changed, and does nothing again', async () => {
      const key = freshKey();
      const first = await backend.sendAssessment(sendInput(), key);
      await backend.cancelAssessment({ assessmentId: first.id }, freshKey());
      // Key order and an optional field left out or null are the same request.
      const { reviewerIds, ...rest } = sendInput();
      expect(await backend.sendAssessment({ ...rest, message: null, reviewerIds }, key)).toEqual(first);
      expect((await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).map((a) => a.status)).toEqual(['cancelled']);
    });

    it('refuses the key with another path parameter as conflict, doing nothing', async () => {
      const key = freshKey();
      const [active] = await backend.listCandidateAssessments(mockIds.candidateWithActiveAssessment);
      const sentId = mockIds.assessmentsOfCandidateWithEveryStatus.sent;
      await backend.cancelAssessment({ assessmentId: active!.id }, key);
      const error = await backendFailure(backend.cancelAssessment({ assessmentId: sentId }, key));
      expect([error.code, error.reason]).toEqual(['conflict', null]);
      const list = await backend.listCandidateAssessments(mockIds.candidateWithEveryStatus);
      expect(list.find((a) => a.id === sentId)?.status).toBe('sent');
    });

    it('scopes a key to the signed-in user: another person’s same key is their own request, neither a replay nor a conflict', async () => {
      const fb = mockIds.feedback;
      const key = freshKey();
      const answers = { 'q-fe-quality': 2 };
      mockServer.mock.signInAs(fb.reviewers.due);
      const mine = await backend.saveFeedbackDraft({ assessmentId: fb.open, answers }, key);
      mockServer.mock.signInAs(fb.reviewers.draft);
      const theirs = await backend.saveFeedbackDraft({ assessmentId: fb.open, answers }, key);
      expect(theirs.viewerReviewerId).toBe(fb.reviewers.draft);
      expect(theirs.reviewers.find((r) => r.reviewerId === fb.reviewers.draft)?.answers).toEqual(answers);
      // Another input from another person under that key is theirs too.
      const sent = await backend.sendAssessment(sendInput({ candidateId: mockIds.candidateWithCompletedAssessment }), key);
      mockServer.mock.signInAs(fb.reviewers.due);
      expect(await backend.saveFeedbackDraft({ assessmentId: fb.open, answers }, key)).toEqual(mine);
      expect((await backend.sendAssessment(sendInput(), key)).id).not.toBe(sent.id);
    });

    it('stores no failure: the same key once the cause is gone does the work, and a refused body may be fixed under it', async () => {
      const key = freshKey();
      const input = sendInput({ providerId: mockIds.notConnectedProvider, testId: mockIds.codeInterviewTest });
      expect((await backendFailure(backend.sendAssessment(input, key))).code).toBe('validation');
      await backend.connectIntegration({ providerId: mockIds.notConnectedProvider, apiKey: MOCK_VALID_API_KEY }, freshKey());
      expect((await backend.sendAssessment(input, key)).status).toBe('sent');

      const other = freshKey();
      const refused = await backendFailure(backend.sendAssessment(sendInput({ reviewerIds: [] }), other));
      expect(Object.keys(refused.fieldErrors)).toEqual(['reviewerIds']);
      expect((await backend.sendAssessment(sendInput(), other)).status).toBe('sent');
    });
  });

  describe('reviewer feedback', () => {
    const fb = mockIds.feedback;
    const { due, draft, submitted, anySubmitted } = fb.reviewers;
    const required = { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior' };
    const signInAs = (reviewerId: string | null) => mockServer.mock.signInAs(reviewerId);
    const byReviewer = (feedback: AssessmentFeedback) => Object.fromEntries(feedback.reviewers.map((r) => [r.reviewerId, r]));

    it('reads the scorecard (a template resolved), the rule and each reviewer’s state; a reviewer sees their own draft and no one else’s answers before submitting', async () => {
      signInAs(draft);
      const feedback = await backend.getAssessmentFeedback(fb.open);
      expect(assessmentFeedbackSchema.safeParse(feedback).success).toBe(true);
      expect(feedback.assessment.id).toBe(fb.open);
      expect(feedback.scorecardName).toBe('Frontend take-home review');
      expect(feedback.questions.map((q) => q.type)).toEqual(['stars', 'score', 'yes_no', 'single_select', 'multi_select', 'text']);
      expect([feedback.policy, feedback.complete, feedback.showOthersBeforeSubmit, feedback.viewerReviewerId]).toEqual(['every_reviewer', false, false, draft]);
      const reviewers = byReviewer(feedback);
      expect(Object.values(reviewers).map((r) => r.state)).toEqual(['due', 'draft', 'submitted']);
      expect(reviewers[draft]!.answers).toEqual(expect.objectContaining({ 'q-fe-quality': expect.any(Number) }));
      expect(reviewers[draft]!.updatedAt).toEqual(expect.any(String));
      expect(reviewers[submitted]!.answers).toBeNull();
      expect(reviewers[submitted]!.submittedAt).toEqual(expect.any(String));
      expect(reviewers[due]!.answers).toBeNull();
    });

    it('shows others’ submitted answers before submitting when the backend’s setting says so, never their drafts', async () => {
      mockServer.reset({ currentUserId: due, showFeedbackBeforeSubmit: true });
      const reviewers = byReviewer(await backend.getAssessmentFeedback(fb.open));
      expect(reviewers[submitted]!.answers).toEqual(expect.objectContaining({ 'q-fe-level': expect.any(String) }));
      expect(reviewers[draft]!.answers).toBeNull();
    });

    it('shows the hiring team (not a reviewer) every submitted answer, unless the setting hides them', async () => {
      const team = await backend.getAssessmentFeedback(fb.open);
      expect(team.viewerReviewerId).toBeNull();
      expect(byReviewer(team)[submitted]!.answers).not.toBeNull();
      expect(byReviewer(team)[draft]!.answers).toBeNull();
      mockServer.reset({ showFeedbackToNonReviewers: false });
      expect(byReviewer(await backend.getAssessmentFeedback(fb.open))[submitted]!.answers).toBeNull();
    });

    it('lets anyone read, reviewer or not: someone who reviews others’ assessments reads this one as the hiring team does', async () => {
      for (const user of [null, 'rev-5']) {
        signInAs(user);
        const feedback = await backend.getAssessmentFeedback(fb.open);
        expect(feedback.viewerReviewerId).toBeNull();
        expect(byReviewer(feedback)[submitted]!.answers).not.toBeNull();
      }
    });

    it('is never complete without reviewers, and nobody may give it', async () => {
      const job = mockIds.jobWithoutAssessmentActivity;
      const stage = 'stage-data-technical';
      mockServer.mock.host.editPlan(job, (plan) => {
        plan.stages.find((s) => s.id === stage)!.activities.push({
          id: 'act-nobody',
          type: 'send_assessment',
          providerId: mockIds.connectedProvider,
          testId: mockIds.skillForgeTest,
          testTitle: '',
          reviewerIds: [],
          scorecard: { kind: 'template', templateId: mockIds.scorecardTemplate },
          feedbackFrom: 'any_reviewer',
          autoSend: true,
        });
      });
      const [created] = await mockServer.mock.host.moveCandidate('cand-24', stage);
      mockServer.mock.simulator.complete(created!.id);
      const feedback = await backend.getAssessmentFeedback(created!.id);
      expect([feedback.assessment.status, feedback.policy, feedback.reviewers, feedback.complete]).toEqual(['completed', 'any_reviewer', [], false]);
      signInAs(due);
      expect((await backendFailure(backend.submitFeedback({ assessmentId: created!.id, answers: required }, freshKey()))).code).toBe('forbidden');
    });

    it('saves a partial draft, replacing the previous one, and marks the reviewer’s state as a draft', async () => {
      signInAs(due);
      const first = await backend.saveFeedbackDraft({ assessmentId: fb.open, answers: { 'q-fe-quality': 2, 'q-fe-notes': 'Tidy.' } }, freshKey());
      expect(byReviewer(first)[due]).toMatchObject({ state: 'draft', submittedAt: null, answers: { 'q-fe-quality': 2, 'q-fe-notes': 'Tidy.' } });
      const second = await backend.saveFeedbackDraft({ assessmentId: fb.open, answers: { 'q-fe-quality': 3, 'q-fe-notes': '' } }, freshKey());
      expect(byReviewer(second)[due]!.answers).toEqual({ 'q-fe-quality': 3 });
      expect(second.assessment.revision).toBeGreaterThan(first.assessment.revision);
      expect(second.assessment.feedback.find((f) => f.reviewerId === due)?.state).toBe('draft');
      expect(byReviewer(await backend.getAssessmentFeedback(fb.open))[due]!.answers).toEqual({ 'q-fe-quality': 3 });
    });

    it('refuses answers that don’t fit their question, naming each', async () => {
      signInAs(due);
      const error = await backendFailure(
        backend.saveFeedbackDraft(
          { assessmentId: fb.open, answers: { 'q-fe-quality': 6, 'q-fe-overall': 2.5, 'q-fe-level': 'Principal', 'q-fe-areas': ['Testing', 'Testing'], 'q-nope': true } },
          freshKey(),
        ),
      );
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fieldErrors).sort()).toEqual(
        ['answers.q-fe-areas', 'answers.q-fe-level', 'answers.q-fe-overall', 'answers.q-fe-quality', 'answers.q-nope'].sort(),
      );
    });

    it('refuses a submit without every required answer, naming the questions, and keeps the reviewer due', async () => {
      signInAs(due);
      const error = await backendFailure(backend.submitFeedback({ assessmentId: fb.open, answers: { 'q-fe-quality': 4, 'q-fe-notes': '  ' } }, freshKey()));
      expect(error.code).toBe('validation');
      expect(Object.keys(error.fieldErrors).sort()).toEqual(['answers.q-fe-a11y', 'answers.q-fe-level', 'answers.q-fe-overall']);
      expect(byReviewer(await backend.getAssessmentFeedback(fb.open))[due]!.state).toBe('due');
    });

    it('submits once: final, idempotent on its key, and then the reviewer sees the others’ answers', async () => {
      signInAs(due);
      const key = freshKey();
      const result = await backend.submitFeedback({ assessmentId: fb.open, answers: required }, key);
      const own = byReviewer(result)[due]!;
      expect(own).toMatchObject({ state: 'submitted', answers: required });
      expect(own.submittedAt).toEqual(expect.any(String));
      expect(byReviewer(result)[submitted]!.answers).not.toBeNull();
      // A retry of the same request gets the same answer; the same key with other answers is a conflict.
      expect(await backend.submitFeedback({ assessmentId: fb.open, answers: required }, key)).toEqual(result);
      const reused = await backendFailure(backend.submitFeedback({ assessmentId: fb.open, answers: { ...required, 'q-fe-quality': 1 } }, key));
      expect([reused.code, reused.reason]).toEqual(['conflict', null]);
      // A new submit or a draft after it is refused: a submission is final.
      for (const attempt of [
        backend.submitFeedback({ assessmentId: fb.open, answers: required }, freshKey()),
        backend.saveFeedbackDraft({ assessmentId: fb.open, answers: required }, freshKey()),
      ]) {
        const error = await backendFailure(attempt);
        expect([error.code, error.reason]).toEqual(['conflict', 'feedback_submitted']);
      }
    });

    it('refuses feedback from someone who is not an assigned reviewer, and before the assessment is completed', async () => {
      for (const user of [null, 'rev-5']) {
        signInAs(user);
        const error = await backendFailure(backend.submitFeedback({ assessmentId: fb.open, answers: required }, freshKey()));
        expect(error.code).toBe('forbidden');
      }
      signInAs(due);
      const notOpen = await backendFailure(backend.submitFeedback({ assessmentId: fb.notCompleted, answers: required }, freshKey()));
      expect([notOpen.code, notOpen.reason]).toEqual(['conflict', 'feedback_not_open']);
      expect((await backendFailure(backend.getAssessmentFeedback('asmt-nothing'))).code).toBe('not_found');
    });

    it('completes under “every reviewer” only once each assigned reviewer submitted', async () => {
      signInAs(due);
      expect((await backend.submitFeedback({ assessmentId: fb.open, answers: required }, freshKey())).complete).toBe(false);
      signInAs(draft);
      const last = await backend.submitFeedback({ assessmentId: fb.open, answers: required }, freshKey());
      expect(last.complete).toBe(true);
      expect(last.reviewers.map((r) => r.state)).toEqual(['submitted', 'submitted', 'submitted']);
      expect((await backend.getAssessmentFeedback(fb.allSubmitted)).complete).toBe(true);
    });

    it('completes under “any reviewer” with the first submission, and still takes the others’', async () => {
      const any = await backend.getAssessmentFeedback(fb.anyReviewer);
      expect([any.policy, any.complete]).toEqual(['any_reviewer', true]);
      expect(byReviewer(any)[anySubmitted]!.state).toBe('submitted');
      signInAs(due);
      const late = await backend.submitFeedback(
        { assessmentId: fb.anyReviewer, answers: { 'q-be-api': 4, 'q-be-scaling': 3, 'q-be-storage': 'Relational', 'q-be-hire': true } },
        freshKey(),
      );
      expect(late.reviewers.map((r) => r.state)).toEqual(['submitted', 'submitted']);
    });
  });

  describe('live interviews', () => {
    const live = mockIds.liveInterviews;
    const liveInput = (overrides: Partial<CreateLiveInterviewInput> = {}): CreateLiveInterviewInput => ({
      candidateId: mockIds.candidateWithNoAssessments,
      providerId: mockIds.connectedProvider,
      title: '  Ben Okafor · Senior Frontend Engineer ',
      interviewerIds: ['rev-7', 'rev-13'],
      scorecard: { kind: 'template', templateId: 'tpl-pairing-debrief' },
      scheduledAt: '2026-11-05T14:00:00.000Z',
      ...overrides,
    });

    it('says which providers have live interviews', async () => {
      const providers = await backend.listProviders();
      expect(Object.fromEntries(providers.map((p) => [p.id, p.capabilities.liveInterviews]))).toEqual({
        codeinterview: true,
        skillforge: true,
        devscreen: false,
      });
    });

    it('creates a scheduled live interview with its links, first in the candidate’s list, nothing emailed yet', async () => {
      const created = await backend.createLiveInterview(liveInput(), freshKey());
      expect(assessmentSchema.safeParse(created).success).toBe(true);
      expect(created).toMatchObject({
        kind: 'live_interview',
        status: 'sent',
        testTitle: 'Ben Okafor · Senior Frontend Engineer',
        providerId: 'skillforge',
        scorecard: { kind: 'template', templateId: 'tpl-pairing-debrief' },
        sentAt: null,
        expiresAt: null,
        interview: { scheduledAt: '2026-11-05T14:00:00.000Z', playbackUrl: null },
      });
      expect(created.reviewers.map((r) => r.id)).toEqual(['rev-7', 'rev-13']);
      // SkillForge gives the interviewers a link of their own.
      expect(created.interview?.candidateUrl).toMatch(/^https:\/\//);
      expect(created.interview?.interviewerUrl).toMatch(/^https:\/\//);
      expect(created.interview?.interviewerUrl).not.toBe(created.interview?.candidateUrl);
      const list = await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments);
      expect(list.map((a) => a.id)).toEqual([created.id]);
    });

    it('gives one shared link when the vendor has one per pad (CodeInterview), and no set time when none is given', async () => {
      mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
      const created = await backend.createLiveInterview(liveInput({ providerId: 'codeinterview', scheduledAt: null }), freshKey());
      expect(created.interview).toMatchObject({ scheduledAt: null, interviewerUrl: null, candidateUrl: expect.stringMatching(/^https:\/\/app\.codeinterview\.io\//) });
    });

    it('is idempotent: the same key twice yields one pad; the same key with another input is a conflict', async () => {
      const key = freshKey();
      const first = await backend.createLiveInterview(liveInput(), key);
      expect(await backend.createLiveInterview(liveInput(), key)).toEqual(first);
      expect((await backendFailure(backend.createLiveInterview(liveInput({ title: 'Other' }), key))).code).toBe('conflict');
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(1);
    });

    it('has no duplicate guard: the same interview under a new key is a second interview', async () => {
      const first = await backend.createLiveInterview(liveInput(), freshKey());
      const second = await backend.createLiveInterview(liveInput(), freshKey());
      expect(second.id).not.toBe(first.id);
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toHaveLength(2);
    });

    it('refuses a vendor without live interviews or not connected, no interviewers, an empty title and a time in the past, naming the fields', async () => {
      mockServer.reset({ integrationStates: { devscreen: 'connected' } });
      const cases: Array<[Partial<CreateLiveInterviewInput>, string]> = [
        [{ providerId: 'devscreen' }, 'providerId'],
        [{ providerId: 'codeinterview' }, 'providerId'],
        [{ interviewerIds: [] }, 'interviewerIds'],
        [{ title: '   ' }, 'title'],
        [{ scheduledAt: '2026-11-01T09:00:00.000Z' }, 'scheduledAt'],
        // The mock's clock: not in the future.
        [{ scheduledAt: '2026-11-02T09:00:00.000Z' }, 'scheduledAt'],
      ];
      for (const [overrides, field] of cases) {
        const error = await backendFailure(backend.createLiveInterview(liveInput(overrides), freshKey()));
        expect([error.code, Object.keys(error.fieldErrors)]).toEqual(['validation', [field]]);
      }
      expect(await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments)).toEqual([]);
    });

    it('sends the candidate their link and records it; refuses a test and an interview that is over', async () => {
      const sent = await backend.sendInterviewLink(live.scheduled, freshKey());
      expect(sent).toMatchObject({ status: 'sent', sentAt: expect.any(String), sentBy: 'Dana Ruiz' });
      expect(sent.history.at(-1)?.note).toBe('Link sent to the candidate by Dana Ruiz');
      for (const id of [live.test, live.cancelled, live.ended]) {
        expect((await backendFailure(backend.sendInterviewLink(id, freshKey()))).code).toBe('conflict');
      }
      expect((await backendFailure(backend.sendInterviewLink('live-nothing', freshKey()))).code).toBe('not_found');
    });

    it('follows the pad: started, then ended with a playback link, which opens the interviewers’ feedback', async () => {
      const created = await backend.createLiveInterview(liveInput(), freshKey());
      mockServer.mock.signInAs('rev-7');
      const answers = { 'q-pair-collab': 8, 'q-pair-again': true };
      const early = await backendFailure(backend.saveFeedbackDraft({ assessmentId: created.id, answers }, freshKey()));
      expect([early.code, early.reason]).toEqual(['conflict', 'feedback_not_open']);

      mockServer.mock.simulator.start(created.id);
      mockServer.mock.simulator.end(created.id);
      const [ended] = await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments);
      expect(ended).toMatchObject({ status: 'completed', vendorStatus: 'ended', completedAt: expect.any(String) });
      expect(ended!.interview?.playbackUrl).toMatch(/^https:\/\//);
      expect(ended!.feedback.map((f) => [f.reviewerId, f.state])).toEqual([['rev-7', 'due'], ['rev-13', 'due']]);
      const submitted = await backend.submitFeedback({ assessmentId: created.id, answers }, freshKey());
      expect(submitted.reviewers.map((r) => r.state)).toEqual(['submitted', 'due']);
    });

    it('cancels a scheduled interview; resending one is refused', async () => {
      expect((await backendFailure(backend.resendAssessment(live.linkSent, freshKey()))).code).toBe('conflict');
      expect((await backend.cancelAssessment({ assessmentId: live.linkSent, reason: 'Rescheduled' }, freshKey())).status).toBe('cancelled');
    });
  });

  it('rejects with the abort reason when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('The user navigated away', 'AbortError'));
    await expect(backend.listProviders({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
