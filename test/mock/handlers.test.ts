import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPath, errorBodySchema, IDEMPOTENCY_HEADER, restRoutes } from '../../src/backend';
import type { RestOperation } from '../../src/backend';
import {
  assessmentFeedbackSchema,
  assessmentListSchema,
  assessmentSchema,
  assessmentTestPageSchema,
  candidateSchema,
  connectResultSchema,
  integrationSchema,
  interviewPlanSchema,
  providerListSchema,
  reviewerListSchema,
  reviewerPageSchema,
  scorecardTemplateListSchema,
} from '../../src/domain';
import { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';
import { createMockServer } from '../../src/mock/msw';

const mockServer = createMockServer();
const server = setupServer(...mockServer.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mockServer.reset();
});
afterAll(() => server.close());

let keys = 0;

interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  /** `false` leaves the Idempotency-Key header out. */
  idempotencyKey?: string | false;
  query?: Record<string, string>;
  signal?: AbortSignal;
}

/** Plain fetch against the default `/api` base, resolved against the jsdom page like a browser would. */
async function call(path: string, { method = 'GET', body, rawBody, idempotencyKey, query, signal }: CallOptions = {}) {
  const url = new URL(`/api${path}`, location.href);
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers();
  if (method !== 'GET' && idempotencyKey !== false) headers.set(IDEMPOTENCY_HEADER, idempotencyKey ?? `key-${++keys}`);
  if (body !== undefined || rawBody !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, { method, headers, signal, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as unknown };
}

const sendBody = {
  candidateId: mockIds.candidateWithNoAssessments,
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  reviewerIds: ['rev-1'],
  scorecard: null,
};

describe('createMockHandlers: every route of the contract', () => {
  const plan = { baseVersion: 3, stages: [{ id: 'stage-1', name: 'Screen', activities: [] }] };
  const ids = mockIds.assessmentsOfCandidateWithEveryStatus;
  const feedback = mockIds.feedback;
  /** One successful request per operation, with the schema its body must satisfy. */
  const cases: Record<
    RestOperation,
    {
      params?: Record<string, string>;
      query?: Record<string, string>;
      body?: unknown;
      status?: number;
      /** The reviewer signed in to the mock (feedback writes need one). */
      signInAs?: string;
      schema: { parse(v: unknown): unknown };
    }
  > = {
    listProviders: { schema: providerListSchema },
    getIntegration: { params: { providerId: 'skillforge' }, schema: integrationSchema },
    connectIntegration: { params: { providerId: 'codeinterview' }, body: { apiKey: MOCK_VALID_API_KEY }, schema: connectResultSchema },
    replaceApiKey: { params: { providerId: 'skillforge' }, body: { apiKey: MOCK_VALID_API_KEY }, schema: connectResultSchema },
    disconnectIntegration: { params: { providerId: 'skillforge' }, schema: integrationSchema },
    rotateWebhookUrl: { params: { providerId: 'skillforge' }, schema: integrationSchema },
    listTests: { params: { providerId: 'codeinterview' }, schema: assessmentTestPageSchema },
    listReviewers: { schema: reviewerPageSchema },
    getReviewers: { query: { ids: 'rev-2' }, schema: reviewerListSchema },
    listScorecardTemplates: { schema: scorecardTemplateListSchema },
    getInterviewPlan: { params: { jobId: mockIds.jobWithPlan }, schema: interviewPlanSchema },
    saveInterviewPlan: { params: { jobId: mockIds.jobWithPlan }, body: plan, schema: interviewPlanSchema },
    getCandidate: { params: { candidateId: mockIds.candidateWithEveryStatus }, schema: candidateSchema },
    listCandidateAssessments: { params: { candidateId: mockIds.candidateWithEveryStatus }, schema: assessmentListSchema },
    sendAssessment: { body: sendBody, status: 201, schema: assessmentSchema },
    resendAssessment: { params: { assessmentId: ids.sent }, schema: assessmentSchema },
    cancelAssessment: { params: { assessmentId: ids.sent }, body: { reason: 'Position filled' }, schema: assessmentSchema },
    createLiveInterview: {
      body: { candidateId: mockIds.candidateWithNoAssessments, providerId: mockIds.connectedProvider, title: 'Pairing', interviewerIds: ['rev-1'], scorecard: null },
      status: 201,
      schema: assessmentSchema,
    },
    sendInterviewLink: { params: { assessmentId: mockIds.liveInterviews.scheduled }, schema: assessmentSchema },
    getAssessmentFeedback: { params: { assessmentId: feedback.open }, schema: assessmentFeedbackSchema },
    saveFeedbackDraft: {
      params: { assessmentId: feedback.open },
      body: { answers: { 'q-fe-quality': 4 } },
      signInAs: feedback.reviewers.due,
      schema: assessmentFeedbackSchema,
    },
    submitFeedback: {
      params: { assessmentId: feedback.open },
      body: { answers: { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior' } },
      signInAs: feedback.reviewers.due,
      schema: assessmentFeedbackSchema,
    },
  };

  it.each(Object.entries(cases))('%s answers with a body the domain schema accepts', async (operation, c) => {
    if (c.signInAs) mockServer.mock.signInAs(c.signInAs);
    const route = restRoutes[operation as RestOperation];
    const response = await call(buildPath(route.path, c.params), { method: route.method, body: c.body, query: c.query });
    expect(response.status).toBe(c.status ?? 200);
    expect(c.schema.parse(response.json)).toEqual(response.json);
  });
});

describe('createMockHandlers: request handling', () => {
  it('passes search, cursor and limit through', async () => {
    const first = await call('/providers/codeinterview/tests', { query: { search: 'react', limit: '3' } });
    const page = assessmentTestPageSchema.parse(first.json);
    expect(page).toMatchObject({ total: 4, items: { length: 3 } });
    const next = assessmentTestPageSchema.parse(
      (await call('/providers/codeinterview/tests', { query: { search: 'react', limit: '3', cursor: page.nextCursor! } })).json,
    );
    expect(next).toMatchObject({ nextCursor: null, items: { length: 1 } });
    expect((await call('/reviewers', { query: { limit: 'lots' } })).status).toBe(422);
  });

  it('requires an Idempotency-Key on writes (400 validation)', async () => {
    const response = await call('/assessments', { method: 'POST', body: sendBody, idempotencyKey: false });
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(response.json).error.code).toBe('validation');
  });

  it('answers 400 for a body that is not JSON and 422 with fieldErrors for the wrong shape', async () => {
    expect((await call('/integrations/codeinterview/connect', { method: 'POST', rawBody: '{oops' })).status).toBe(400);
    const wrongShape = await call('/integrations/codeinterview/connect', { method: 'POST', body: { key: 'x' } });
    expect(wrongShape.status).toBe(422);
    expect(wrongShape.json).toEqual({ error: { code: 'validation', message: expect.any(String), fieldErrors: { apiKey: expect.any(String) } } });
  });

  it('maps backend errors to the contract statuses and error body', async () => {
    const invalid = await call('/integrations/codeinterview/connect', { method: 'POST', body: { apiKey: MOCK_INVALID_API_KEY } });
    expect(invalid).toMatchObject({ status: 422 });
    expect(invalid.json).toEqual({
      error: {
        code: 'invalid_api_key',
        message: expect.any(String),
        fieldErrors: { apiKey: 'This key was not accepted by CodeInterview.' },
      },
    });
    const limited = await call('/integrations/codeinterview/connect', { method: 'POST', body: { apiKey: MOCK_RATE_LIMITED_API_KEY } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('30');
    expect((await call('/candidates/nope')).status).toBe(404);
    expect(errorBodySchema.parse((await call('/candidates/nope')).json).error.code).toBe('not_found');
    const conflict = await call(`/jobs/${mockIds.jobWithPlan}/interview-plan`, { method: 'PUT', body: { baseVersion: 1, stages: [] } });
    expect(conflict.status).toBe(409);
    mockServer.reset({ canManageIntegrations: false });
    expect((await call('/integrations/skillforge', { method: 'DELETE' })).status).toBe(403);
  });

  it('makes a repeated send with the same key one assessment, and another body with it a 409', async () => {
    const first = await call('/assessments', { method: 'POST', body: sendBody, idempotencyKey: 'intent-9' });
    const again = await call('/assessments', { method: 'POST', body: sendBody, idempotencyKey: 'intent-9' });
    expect(again).toMatchObject({ status: 201, json: first.json });
    const other = await call('/assessments', { method: 'POST', body: { ...sendBody, testId: 'sf-test-2' }, idempotencyKey: 'intent-9' });
    expect(other.status).toBe(409);
    const list = assessmentListSchema.parse((await call(`/candidates/${sendBody.candidateId}/assessments`)).json);
    expect(list.assessments).toHaveLength(1);
  });

  it('accepts a cancel without a body', async () => {
    const response = await call(`/assessments/${mockIds.assessmentsOfCandidateWithEveryStatus.sent}/cancel`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(assessmentSchema.parse(response.json).status).toBe('cancelled');
  });

  it('serves a custom absolute base URL', async () => {
    const custom = createMockServer({ baseUrl: 'https://ats.test/v2/' });
    server.use(...custom.handlers);
    const response = await fetch('https://ats.test/v2/providers');
    expect(providerListSchema.parse(await response.json()).providers).toHaveLength(3);
  });
});

describe('createMockServer: faults and latency', () => {
  it('fails the next request once, then answers normally', async () => {
    mockServer.faults.failNext({ status: 503 });
    const failed = await call('/providers');
    expect(failed.status).toBe(503);
    expect(errorBodySchema.parse(failed.json).error.code).toBe('server');
    expect((await call('/providers')).status).toBe(200);
  });

  it('honours times, route and code, with Retry-After for 429', async () => {
    mockServer.faults.failNext({ status: 429, times: 2, route: 'listReviewers' });
    expect((await call('/providers')).status).toBe(200);
    const first = await call('/reviewers');
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('30');
    expect((await call('/reviewers')).status).toBe(429);
    expect((await call('/reviewers')).status).toBe(200);
    mockServer.faults.failNext({ status: 422, code: 'invalid_api_key', fieldErrors: { apiKey: 'Nope.' } });
    expect((await call('/providers')).json).toEqual({ error: { code: 'invalid_api_key', message: expect.any(String), fieldErrors: { apiKey: 'Nope.' } } });
  });

  it('answers a malformed 200 once', async () => {
    mockServer.faults.malformedNext();
    const malformed = await call('/providers');
    expect(malformed.status).toBe(200);
    expect(providerListSchema.safeParse(malformed.json).success).toBe(false);
    expect(providerListSchema.safeParse((await call('/providers')).json).success).toBe(true);
  });

  it('fails at the network level once', async () => {
    mockServer.faults.networkErrorNext();
    await expect(call('/providers')).rejects.toThrow(TypeError);
    expect((await call('/providers')).status).toBe(200);
  });

  it('delays answers while latency is set; reset clears latency and planned faults', async () => {
    mockServer.setLatency(60_000);
    const controller = new AbortController();
    const pending = call('/providers', { signal: controller.signal });
    const winner = await Promise.race([pending.then(() => 'answered'), new Promise((resolve) => setTimeout(resolve, 50, 'waiting'))]);
    expect(winner).toBe('waiting');
    controller.abort();
    await expect(pending).rejects.toThrow();
    mockServer.faults.failNext({ status: 500 });
    mockServer.reset();
    expect((await call('/providers')).status).toBe(200);
  });
});
