import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createHttpAdapter,
  IDEMPOTENCY_HEADER,
  isTransientError,
  restRoutes,
} from '../../src/backend';
import type { JsonBodyType } from 'msw';
import type { AssessmentBackend, BackendErrorCode, RestOperation } from '../../src/backend';
import { backendFailure } from '../support/backend-error';
import * as fixtures from './fixtures';

const BASE = 'https://ats.test/api';

/** The external server: every request is recorded, and `respond` decides the answer. */
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

function serve(respond: (request: Request) => Response | Promise<Response>): Recorded[] {
  const requests: Recorded[] = [];
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      requests.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        credentials: request.credentials,
        body: await request.clone().text(),
      });
      return respond(request);
    }),
  );
  return requests;
}


const write = { idempotencyKey: 'intent-7f3a' };
const apiKey = 'ci_live_5ecr3t-K3Y/with+chars';

interface OperationCase {
  call: (backend: AssessmentBackend) => Promise<unknown>;
  path: string;
  body?: unknown;
  response: JsonBodyType;
  status?: number;
  result: unknown;
}

/** One call per operation, with the request it must produce and the body a conforming server answers. */
const cases: Record<RestOperation, OperationCase> = {
  listProviders: {
    call: (b) => b.listProviders(),
    path: '/providers',
    response: { providers: [fixtures.provider] },
    result: [fixtures.provider],
  },
  getIntegration: {
    call: (b) => b.getIntegration('codeinterview'),
    path: '/integrations/codeinterview',
    response: fixtures.integration,
    result: fixtures.integration,
  },
  connectIntegration: {
    call: (b) => b.connectIntegration({ providerId: 'codeinterview', apiKey }, write),
    path: '/integrations/codeinterview/connect',
    body: { apiKey },
    response: { integration: fixtures.integration, signingSecret: 'whsec_once' },
    result: { integration: fixtures.integration, signingSecret: 'whsec_once' },
  },
  replaceApiKey: {
    call: (b) => b.replaceApiKey({ providerId: 'codeinterview', apiKey }, write),
    path: '/integrations/codeinterview/api-key',
    body: { apiKey },
    response: { integration: fixtures.integration, signingSecret: null },
    result: { integration: fixtures.integration, signingSecret: null },
  },
  disconnectIntegration: {
    call: (b) => b.disconnectIntegration('codeinterview', write),
    path: '/integrations/codeinterview',
    response: { ...fixtures.integration, state: 'not_connected' },
    result: { ...fixtures.integration, state: 'not_connected' },
  },
  rotateWebhookUrl: {
    call: (b) => b.rotateWebhookUrl!('codeinterview', write),
    path: '/integrations/codeinterview/webhook-url/rotate',
    response: { ...fixtures.integration, webhookUrl: 'https://ats.example.com/webhooks/codeinterview/new-token' },
    result: { ...fixtures.integration, webhookUrl: 'https://ats.example.com/webhooks/codeinterview/new-token' },
  },
  listTests: {
    call: (b) => b.listTests({ providerId: 'codeinterview' }),
    path: '/providers/codeinterview/tests',
    response: fixtures.page([fixtures.test]),
    result: fixtures.page([fixtures.test]),
  },
  listReviewers: {
    call: (b) => b.listReviewers({}),
    path: '/reviewers',
    response: fixtures.page([fixtures.reviewer]),
    result: fixtures.page([fixtures.reviewer]),
  },
  getReviewers: {
    call: (b) => b.getReviewers(['user_1', 'user 2/x']),
    path: '/reviewers/lookup',
    response: { reviewers: [fixtures.reviewer] },
    result: [fixtures.reviewer],
  },
  listScorecardTemplates: {
    call: (b) => b.listScorecardTemplates(),
    path: '/scorecard-templates',
    response: { templates: [fixtures.template] },
    result: [fixtures.template],
  },
  getInterviewPlan: {
    call: (b) => b.getInterviewPlan('job_1'),
    path: '/jobs/job_1/interview-plan',
    response: fixtures.plan,
    result: fixtures.plan,
  },
  saveInterviewPlan: {
    call: (b) => b.saveInterviewPlan({ jobId: 'job_1', baseVersion: 3, stages: fixtures.plan.stages }, write),
    path: '/jobs/job_1/interview-plan',
    body: { baseVersion: 3, stages: fixtures.plan.stages },
    response: { ...fixtures.plan, version: 4 },
    result: { ...fixtures.plan, version: 4 },
  },
  getCandidate: {
    call: (b) => b.getCandidate('cand_1'),
    path: '/candidates/cand_1',
    response: fixtures.candidate,
    result: fixtures.candidate,
  },
  listCandidateAssessments: {
    call: (b) => b.listCandidateAssessments('cand_1'),
    path: '/candidates/cand_1/assessments',
    response: { assessments: [fixtures.assessment] },
    result: [fixtures.assessment],
  },
  sendAssessment: {
    call: (b) =>
      b.sendAssessment(
        { candidateId: 'cand_1', providerId: 'codeinterview', testId: 'test_1', reviewerIds: ['user_1'], scorecard: null },
        write,
      ),
    path: '/assessments',
    body: { candidateId: 'cand_1', providerId: 'codeinterview', testId: 'test_1', reviewerIds: ['user_1'], scorecard: null },
    response: fixtures.assessment,
    status: 201,
    result: fixtures.assessment,
  },
  resendAssessment: {
    call: (b) => b.resendAssessment('asmt_1', write),
    path: '/assessments/asmt_1/resend',
    response: fixtures.assessment,
    result: fixtures.assessment,
  },
  cancelAssessment: {
    call: (b) => b.cancelAssessment({ assessmentId: 'asmt_1', reason: 'Position filled' }, write),
    path: '/assessments/asmt_1/cancel',
    body: { reason: 'Position filled' },
    response: { ...fixtures.assessment, status: 'cancelled' },
    result: { ...fixtures.assessment, status: 'cancelled' },
  },
  createLiveInterview: {
    call: (b) =>
      b.createLiveInterview(
        { candidateId: 'cand_1', providerId: 'codeinterview', title: 'Ada Park · Backend Engineer', interviewerIds: ['user_1'], scorecard: null, scheduledAt: '2026-11-04T14:00:00Z' },
        write,
      ),
    path: '/live-interviews',
    body: { candidateId: 'cand_1', providerId: 'codeinterview', title: 'Ada Park · Backend Engineer', interviewerIds: ['user_1'], scorecard: null, scheduledAt: '2026-11-04T14:00:00Z' },
    response: fixtures.liveInterview,
    status: 201,
    result: fixtures.liveInterview,
  },
  sendInterviewLink: {
    call: (b) => b.sendInterviewLink('live_1', write),
    path: '/live-interviews/live_1/send-link',
    response: { ...fixtures.liveInterview, sentAt: '2026-11-02T10:00:00Z', sentBy: 'Dana Ruiz' },
    result: { ...fixtures.liveInterview, sentAt: '2026-11-02T10:00:00Z', sentBy: 'Dana Ruiz' },
  },
  getAssessmentFeedback: {
    call: (b) => b.getAssessmentFeedback('asmt_1'),
    path: '/assessments/asmt_1/feedback',
    response: fixtures.assessmentFeedback,
    result: fixtures.assessmentFeedback,
  },
  saveFeedbackDraft: {
    call: (b) => b.saveFeedbackDraft({ assessmentId: 'asmt_1', answers: { q1: 4 } }, write),
    path: '/assessments/asmt_1/feedback/draft',
    body: { answers: { q1: 4 } },
    response: fixtures.assessmentFeedback,
    result: fixtures.assessmentFeedback,
  },
  submitFeedback: {
    call: (b) => b.submitFeedback({ assessmentId: 'asmt_1', answers: { q1: 4 } }, write),
    path: '/assessments/asmt_1/feedback',
    body: { answers: { q1: 4 } },
    response: fixtures.assessmentFeedback,
    result: fixtures.assessmentFeedback,
  },
};

describe('createHttpAdapter: requests', () => {
  it.each(Object.entries(cases) as [RestOperation, OperationCase][])(
    '%s sends the contract request and returns the parsed body',
    async (operation, c) => {
      const requests = serve(() => HttpResponse.json(c.response, { status: c.status ?? 200 }));
      const result = await c.call(createHttpAdapter({ baseUrl: BASE }));

      expect(result).toEqual(c.result);
      expect(requests).toHaveLength(1);
      const [request] = requests;
      const route = restRoutes[operation];
      expect(request?.method).toBe(route.method);
      expect(request?.url.pathname).toBe(`/api${c.path}`);
      if (route.method === 'GET') {
        expect(request?.headers.get(IDEMPOTENCY_HEADER)).toBeNull();
      } else {
        expect(request?.headers.get(IDEMPOTENCY_HEADER)).toBe(write.idempotencyKey);
      }
      if (c.body === undefined) {
        expect(request?.body).toBe('');
      } else {
        expect(request?.headers.get('Content-Type')).toBe('application/json');
        expect(JSON.parse(request?.body ?? '')).toEqual(c.body);
      }
    },
  );

  // docs/openapi.json `security`: the host's cookie (fetch's same-origin default) or the headers it passes.
  it.each(Object.entries(cases) as [RestOperation, OperationCase][])(
    '%s carries the host session: the host headers, and cookies by fetch default (same-origin)',
    async (_operation, c) => {
      const requests = serve(() => HttpResponse.json(c.response, { status: c.status ?? 200 }));
      await c.call(createHttpAdapter({ baseUrl: BASE, headers: { Authorization: 'Bearer host-session', 'X-CSRF-Token': 'csrf-1' } }));
      expect(requests[0]?.headers.get('Authorization')).toBe('Bearer host-session');
      expect(requests[0]?.headers.get('X-CSRF-Token')).toBe('csrf-1');
      expect(requests[0]?.credentials).toBe('same-origin');
    },
  );

  it('encodes ids so slashes and spaces stay inside their path segment', async () => {
    const requests = serve(() => HttpResponse.json(fixtures.candidate));
    await createHttpAdapter({ baseUrl: BASE }).getCandidate('team a/cand 1?x#y');
    expect(requests[0]?.url.pathname).toBe('/api/candidates/team%20a%2Fcand%201%3Fx%23y');
    expect(requests[0]?.url.search).toBe('');
  });

  it('sends search, cursor and limit, and omits the ones that are empty', async () => {
    const requests = serve(() => HttpResponse.json(fixtures.page([])));
    const backend = createHttpAdapter({ baseUrl: BASE });
    await backend.listTests({ providerId: 'codeinterview', search: 'go & rust', cursor: 'c/2', limit: 20 });
    await backend.listReviewers({ search: '', cursor: null });
    await backend.listReviewers({ limit: 0 });

    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({
      search: 'go & rust',
      cursor: 'c/2',
      limit: '20',
    });
    expect(requests[1]?.url.search).toBe('');
    expect(Object.fromEntries(requests[2]?.url.searchParams ?? [])).toEqual({ limit: '0' });
  });

  it('looks people up with one ids parameter per id, and asks nothing for no ids', async () => {
    const requests = serve(() => HttpResponse.json({ reviewers: [] }));
    const backend = createHttpAdapter({ baseUrl: BASE });
    await backend.getReviewers(['user_1', 'team a/user,2']);
    expect(await backend.getReviewers([])).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.searchParams.getAll('ids')).toEqual(['user_1', 'team a/user,2']);
  });

  it('reads a duplicate_assessment conflict with the assessment that blocked the send', async () => {
    serve(() =>
      HttpResponse.json(
        { error: { code: 'conflict', message: 'Already open', reason: 'duplicate_assessment', existingAssessment: fixtures.assessment } },
        { status: 409 },
      ),
    );
    const input = { candidateId: 'cand_1', providerId: 'codeinterview', testId: 'test_1', reviewerIds: ['user_1'], scorecard: null };
    const error = await backendFailure(createHttpAdapter({ baseUrl: BASE }).sendAssessment(input, write));
    expect(error).toMatchObject({ code: 'conflict', reason: 'duplicate_assessment', existingAssessment: fixtures.assessment });
  });

  it('ignores a conflict reason the contract does not know, and a malformed existing assessment', async () => {
    serve(() =>
      HttpResponse.json(
        { error: { code: 'conflict', message: 'No', reason: 'moon_phase', existingAssessment: { id: 1 } } },
        { status: 409 },
      ),
    );
    const error = await backendFailure(createHttpAdapter({ baseUrl: BASE }).resendAssessment('asmt_1', write));
    expect(error).toMatchObject({ code: 'conflict', reason: null, existingAssessment: null });
  });

  it('omits an absent cancel reason from the body', async () => {
    const requests = serve(() => HttpResponse.json(fixtures.assessment));
    await createHttpAdapter({ baseUrl: BASE }).cancelAssessment({ assessmentId: 'asmt_1' }, write);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({});
  });

  it('joins a baseUrl with a trailing slash without doubling it', async () => {
    const requests = serve(() => HttpResponse.json({ providers: [] }));
    await createHttpAdapter({ baseUrl: `${BASE}/` }).listProviders();
    expect(requests[0]?.url.href).toBe(`${BASE}/providers`);
  });

  it('accepts a baseUrl relative to the page', async () => {
    const seen: string[] = [];
    server.use(
      http.get('/relative-api/providers', ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({ providers: [] });
      }),
    );
    await createHttpAdapter({ baseUrl: '/relative-api' }).listProviders();
    expect(seen).toEqual([new URL('/relative-api/providers', location.href).href]);
  });

  it('sends static custom headers on every request', async () => {
    const requests = serve(() => HttpResponse.json({ providers: [] }));
    await createHttpAdapter({ baseUrl: BASE, headers: { Authorization: 'Bearer static', 'X-Tenant': 't1' } }).listProviders();
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer static');
    expect(requests[0]?.headers.get('X-Tenant')).toBe('t1');
  });

  it('calls a headers function for each request, so rotating tokens stay fresh', async () => {
    const requests = serve(() => HttpResponse.json({ providers: [] }));
    let token = 0;
    const backend = createHttpAdapter({
      baseUrl: BASE,
      headers: async () => new Headers({ Authorization: `Bearer ${++token}` }),
    });
    await backend.listProviders();
    await backend.listProviders();
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer 1', 'Bearer 2']);
  });

  it('keeps its own Content-Type and Idempotency-Key over custom headers', async () => {
    const requests = serve(() => HttpResponse.json(fixtures.assessment));
    await createHttpAdapter({
      baseUrl: BASE,
      headers: { 'Content-Type': 'text/plain', [IDEMPOTENCY_HEADER]: 'stale' },
    }).resendAssessment('asmt_1', write);
    expect(requests[0]?.headers.get(IDEMPOTENCY_HEADER)).toBe(write.idempotencyKey);
  });

  it('uses the fetch passed in options', async () => {
    const fetch = vi.fn(async () => Response.json({ providers: [fixtures.provider] }));
    await expect(createHttpAdapter({ baseUrl: BASE, fetch }).listProviders()).resolves.toEqual([fixtures.provider]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('looks up the global fetch at call time, so interceptors installed later apply', async () => {
    const backend = createHttpAdapter({ baseUrl: BASE });
    const late = vi.fn(async () => Response.json({ providers: [] }));
    vi.stubGlobal('fetch', late);
    await backend.listProviders();
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('createHttpAdapter: errors', () => {
  const backend = () => createHttpAdapter({ baseUrl: BASE });

  it.each<[number, BackendErrorCode]>([
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [418, 'server'],
  ])('HTTP %i without an error body is %s', async (status, code) => {
    serve(() => new HttpResponse('<html>Oops</html>', { status, headers: { 'Content-Type': 'text/html' } }));
    const error = await backendFailure(backend().getCandidate('cand_1'));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toContain('getCandidate');
    expect(error.message).toContain(String(status));
  });

  // What proxies, gateways and frameworks really send in front of a contract server.
  it.each<[string, number, string | null, BackendErrorCode]>([
    ['a proxy 404 whose error is a string', 404, '{"error":"Not Found"}', 'not_found'],
    ['a 502 HTML page', 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'server'],
    ['an empty 404', 404, '', 'not_found'],
    ['a 404 with no body at all', 404, null, 'not_found'],
    ['a JSON null', 404, 'null', 'not_found'],
    ['a JSON array', 403, '[{"error":"Forbidden"}]', 'forbidden'],
    ['a JSON string', 409, '"Conflict"', 'conflict'],
    ['an error that is null', 401, '{"error":null}', 'unauthorized'],
    ['a numeric error code', 422, '{"error":{"code":422}}', 'validation'],
    ['a proxy 429 with a text body', 429, 'Too Many Requests', 'rate_limited'],
    ['a 504 with a JSON message but no error object', 504, '{"message":"Gateway Timeout"}', 'server'],
  ])('turns %s into the %s error by its status', async (_, status, body, code) => {
    serve(() => new HttpResponse(body, { status }));
    const error = await backendFailure(backend().getCandidate('cand_1'));
    expect(error).toMatchObject({ code, status, fieldErrors: {} });
    expect(error.message).toBe(`getCandidate failed with HTTP ${status}`);
  });

  it('keeps the server message of an error body that declares no code, under the status code', async () => {
    serve(() => HttpResponse.json({ error: { message: 'Candidate was deleted' } }, { status: 404 }));
    const error = await backendFailure(backend().getCandidate('cand_1'));
    expect(error).toMatchObject({ code: 'not_found', message: 'Candidate was deleted', status: 404 });
  });

  it('lets a declared code win over the status', async () => {
    serve(() => HttpResponse.json({ error: { code: 'conflict', message: 'Stale version' } }, { status: 500 }));
    const error = await backendFailure(backend().getInterviewPlan('job_1'));
    expect(error).toMatchObject({ code: 'conflict', message: 'Stale version', status: 500 });
  });

  it('takes the code, message and field errors from the error body', async () => {
    serve(() =>
      HttpResponse.json(
        { error: { code: 'invalid_api_key', message: 'CodeInterview rejected the key', fieldErrors: { apiKey: 'Revoked' } } },
        { status: 422 },
      ),
    );
    const error = await backendFailure(backend().connectIntegration({ providerId: 'codeinterview', apiKey }, write));
    expect(error).toMatchObject({
      code: 'invalid_api_key',
      message: 'CodeInterview rejected the key',
      fieldErrors: { apiKey: 'Revoked' },
      status: 422,
    });
  });

  it('falls back to the status when the body declares an unknown or client-side code', async () => {
    serve(() => HttpResponse.json({ error: { code: 'teapot', message: '' } }, { status: 409 }));
    const unknown = await backendFailure(backend().getInterviewPlan('job_1'));
    expect(unknown.code).toBe('conflict');
    expect(unknown.message).toContain('getInterviewPlan');

    serve(() => HttpResponse.json({ error: { code: 'network', message: 'nope' } }, { status: 404 }));
    expect((await backendFailure(backend().getInterviewPlan('job_1'))).code).toBe('not_found');
  });

  it('reads Retry-After given in seconds', async () => {
    serve(() => HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '120' } }));
    const error = await backendFailure(backend().listProviders());
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-02T09:30:00Z'));
    const retryAt = new Date(Date.now() + 90_000).toUTCString();
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': retryAt } }));
    const error = await backendFailure(backend().listProviders());
    expect(error.retryAfterSeconds).toBe(90);
  });

  it('leaves retryAfterSeconds null when Retry-After is missing or unreadable', async () => {
    serve(() => new HttpResponse(null, { status: 429 }));
    expect((await backendFailure(backend().listProviders())).retryAfterSeconds).toBeNull();
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'soon' } }));
    expect((await backendFailure(backend().listProviders())).retryAfterSeconds).toBeNull();
  });

  it.each(['30 seconds', 'in 30', '3O'])('leaves retryAfterSeconds null for the unreadable Retry-After "%s"', async (value) => {
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': value } }));
    expect((await backendFailure(backend().listProviders())).retryAfterSeconds).toBeNull();
  });

  it('reads Retry-After only for a rate limit, where the kit waits it out', async () => {
    serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }));
    expect(await backendFailure(backend().listProviders())).toMatchObject({ code: 'server', retryAfterSeconds: null });
  });

  it('reads a past HTTP date in Retry-After as no wait at all', async () => {
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } }));
    expect((await backendFailure(backend().listProviders())).retryAfterSeconds).toBe(0);
  });

  it('names the operation in a network failure and keeps what fetch threw as the cause', async () => {
    const offline = new TypeError('Failed to fetch');
    const error = await backendFailure(
      createHttpAdapter({ baseUrl: BASE, fetch: async () => Promise.reject(offline) }).getCandidate('cand_1'),
    );
    expect(error).toMatchObject({ code: 'network', message: 'getCandidate: the request did not reach the server' });
    expect(error.cause).toBe(offline);
  });

  it('reports a success body cut off mid-read as a network failure with the status', async () => {
    const reset = new Error('connection reset');
    const cutOff = () => new Response(new ReadableStream({ start: (controller) => controller.error(reset) }), { status: 200 });
    const error = await backendFailure(createHttpAdapter({ baseUrl: BASE, fetch: async () => cutOff() }).listProviders());
    expect(error).toMatchObject({ code: 'network', status: 200, message: 'listProviders: the response was cut off' });
    expect(error.cause).toBe(reset);
  });

  it.each([
    ['a success body', 200],
    ['an error body', 500],
  ])('rejects with the abort reason when the signal aborts while %s is read', async (_, status) => {
    const controller = new AbortController();
    const reason = new Error('dialog closed');
    // Headers arrive, then the body stalls until the request is aborted.
    const stalled = async (_url: RequestInfo | URL, init?: RequestInit) =>
      new Response(
        new ReadableStream({
          start: (stream) => init?.signal?.addEventListener('abort', () => stream.error(init.signal?.reason)),
        }),
        { status },
      );
    const pending = createHttpAdapter({ baseUrl: BASE, fetch: stalled }).listProviders({ signal: controller.signal });
    await Promise.resolve();
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('reports a failed connection as a transient network error', async () => {
    serve(() => HttpResponse.error());
    const error = await backendFailure(backend().listProviders());
    expect(error.code).toBe('network');
    expect(error.status).toBeNull();
    expect(isTransientError(error)).toBe(true);
  });

  it('rejects with the abort reason itself when the signal aborts mid-request', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({ providers: [] });
    });
    const controller = new AbortController();
    const pending = backend().listProviders({ signal: controller.signal });
    controller.abort();
    const reason: unknown = controller.signal.reason;
    await expect(pending).rejects.toBe(reason);
    expect(reason).toMatchObject({ name: 'AbortError' });
  });

  it('rejects with a custom abort reason unchanged, even for an already-aborted signal', async () => {
    serve(() => HttpResponse.json({ providers: [] }));
    const reason = new Error('navigated away');
    await expect(backend().listProviders({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('sends no Content-Type on a request without a body', async () => {
    const requests = serve(() => HttpResponse.json({ providers: [] }));
    await backend().listProviders();
    await backend().resendAssessment('asmt_1', write).catch(() => undefined);
    expect(requests.map((r) => r.headers.get('Content-Type'))).toEqual([null, null]);
    expect(requests[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('says a success body is not JSON without quoting it', async () => {
    serve(() => new HttpResponse('<html>whsec_MARKER</html>', { status: 200 }));
    const error = await backendFailure(backend().listProviders());
    expect(error).toMatchObject({ code: 'bad_response', status: 200, message: 'listProviders: the response body is not JSON' });
    expect('cause' in error).toBe(false);
  });

  it.each([
    ['a wrong root', ['not', 'an', 'object'], 'getCandidate: the response does not match the contract at (root) (invalid_type)'],
    ['a missing field', { ...fixtures.candidate, name: undefined }, 'getCandidate: the response does not match the contract at name (invalid_type)'],
  ])('names where a body breaks the contract: %s', async (_, body, message) => {
    serve(() => HttpResponse.json(body as JsonBodyType));
    expect((await backendFailure(backend().getCandidate('cand_1'))).message).toBe(message);
  });

  it('names a nested path with dots and brackets', async () => {
    serve(() => HttpResponse.json({ assessments: [{ ...fixtures.assessment, history: [{ status: 'sent', at: 5, note: null }] }] }));
    expect((await backendFailure(backend().listCandidateAssessments('cand_1'))).message).toBe(
      'listCandidateAssessments: the response does not match the contract at assessments[0].history[0].at (invalid_type)',
    );
  });

  it('leaves a server message as it is when the request carried no secret', async () => {
    serve(() => HttpResponse.json({ error: { code: 'not_found', message: 'Candidate undefined was merged' } }, { status: 404 }));
    expect((await backendFailure(backend().getCandidate('cand_1'))).message).toBe('Candidate undefined was merged');
  });

  describe('never leaks the API key', () => {
    const connect = (b: AssessmentBackend) => b.connectIntegration({ providerId: 'codeinterview', apiKey }, write);
    const replace = (b: AssessmentBackend) => b.replaceApiKey({ providerId: 'codeinterview', apiKey }, write);

    it.each([
      ['connectIntegration', connect],
      ['replaceApiKey', replace],
    ])('%s redacts a key the server echoes in its message and field errors', async (_, call) => {
      serve(() =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_api_key',
              message: `Key ${apiKey} is invalid (sent as ${encodeURIComponent(apiKey)})`,
              fieldErrors: { apiKey: `${apiKey} was revoked` },
            },
          },
          { status: 400 },
        ),
      );
      const error = await backendFailure(call(backend()));
      expect(error.code).toBe('invalid_api_key');
      const visible = `${error.message} ${String(error)} ${JSON.stringify(error.fieldErrors)} ${error.stack ?? ''}`;
      expect(visible).not.toContain(apiKey);
      expect(visible).not.toContain(encodeURIComponent(apiKey));
      expect(error.message).toContain('[redacted]');
      expect(error.fieldErrors.apiKey).toContain('was revoked');
    });

    it.each([
      ['a 500 page', () => new HttpResponse(`upstream said: ${apiKey}`, { status: 500 })],
      ['a network failure', () => HttpResponse.error()],
      ['a malformed success body', () => HttpResponse.json({ integration: apiKey, signingSecret: apiKey })],
    ])('keeps the key out of the error for %s', async (_, respond) => {
      serve(respond);
      const error = await backendFailure(connect(backend()));
      expect(`${error.message} ${JSON.stringify(error.fieldErrors)}`).not.toContain(apiKey);
    });
  });
});
