// @vitest-environment node
/**
 * The mock keeps the published contract: every answer the MSW handlers give, error paths included, must be a
 * response docs/openapi.json declares for that path, method and status, with a body (and Retry-After) its
 * schema accepts. The other way round, each rule-based error status the document declares for an operation
 * (400, 404, 409, 422) must be one the mock really answers. 401, 403, 429 and 5xx may come from any operation
 * of a real server; the mock answers them when a fault is planned. Request bodies are checked the same way: the
 * document's request schema accepts every body the mock accepts, and refuses each body the mock refuses for its shape.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, restRoutes } from '../../src/backend/rest-contract';
import type { RestOperation } from '../../src/backend/rest-contract';
import { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';
import type { MockSeedOptions } from '../../src/mock';
import { createMockServer } from '../../src/mock/msw';

interface ResponseObject {
  $ref?: string;
  content?: { 'application/json': { schema: unknown } };
  headers?: Record<string, { schema: unknown }>;
}
interface OperationObject {
  operationId: RestOperation;
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { responses: Record<string, ResponseObject> };
}

const DOCUMENT_ID = 'openapi.json';
const document = JSON.parse(
  readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & { $id?: string };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
// The document's keywords outside JSON Schema; its schemas themselves are checked strictly.
ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'paths', 'components']);
ajv.addSchema(document, DOCUMENT_ID);

const BASE_URL = 'http://openapi.test/api';
const mockServer = createMockServer({ baseUrl: BASE_URL });
const msw = setupServer(...mockServer.handlers);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => mockServer.reset());
afterAll(() => msw.close());

const ids = mockIds;
const sent = ids.assessmentsOfCandidateWithEveryStatus;
let keys = 0;

interface Case {
  why: string;
  operation: RestOperation;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** The raw body text, for bodies that are not JSON. */
  rawBody?: string;
  /** `null`: no Idempotency-Key header; `''`: an empty one. Writes get a fresh key by default. */
  idempotencyKey?: string | null;
  seed?: MockSeedOptions;
  /** Runs first (e.g. a first request whose key this case reuses). */
  before?: () => Promise<unknown>;
  status: number;
  /** A 422 for the body's shape: the document's request schema refuses the body too (data rules it can't say). */
  shapeRule?: boolean;
}

const sendBody = (overrides: Record<string, unknown> = {}) => ({
  candidateId: ids.candidateWithNoAssessments,
  providerId: ids.connectedProvider,
  testId: ids.skillForgeTest,
  reviewerIds: ['rev-1'],
  scorecard: { kind: 'template', templateId: ids.scorecardTemplate },
  ...overrides,
});
const liveBody = (overrides: Record<string, unknown> = {}) => ({
  candidateId: ids.candidateWithNoAssessments,
  providerId: ids.connectedProvider,
  title: 'Ben Okafor · Senior Frontend Engineer',
  interviewerIds: ['rev-1'],
  scorecard: null,
  ...overrides,
});
const live = ids.liveInterviews;
const feedback = ids.feedback;
const asReviewer: MockSeedOptions = { currentUserId: feedback.reviewers.due };
const fullAnswers = { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior', 'q-fe-areas': ['Testing'] };
const planBody = (baseVersion: number, stages: unknown[] = []) => ({ baseVersion, stages });

/** Sends a raw request to the mock, as any HTTP client of the contract would. */
async function send(c: Omit<Case, 'why' | 'status' | 'seed' | 'before'>): Promise<Response> {
  const route = restRoutes[c.operation];
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(c.params?.[name] ?? ''));
  const headers = new Headers({ Accept: 'application/json' });
  const key = c.idempotencyKey === undefined ? (route.method === 'GET' ? null : `key-${++keys}`) : c.idempotencyKey;
  if (key !== null) headers.set(IDEMPOTENCY_HEADER, key);
  const text = c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
  if (text !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${BASE_URL}${path}${c.query ?? ''}`, { method: route.method, headers, body: text });
}

const cases: Case[] = [
  { why: 'providers', operation: 'listProviders', status: 200 },
  { why: 'an integration', operation: 'getIntegration', params: { providerId: ids.connectedProvider }, status: 200 },
  { why: 'an unknown provider', operation: 'getIntegration', params: { providerId: 'nope' }, status: 404 },

  { why: 'a valid key', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, status: 200 },
  { why: 'no Idempotency-Key', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, idempotencyKey: null, status: 400 },
  { why: 'an empty Idempotency-Key', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, idempotencyKey: '', status: 400 },
  { why: 'a body that is not JSON', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, rawBody: '{apiKey', status: 400 },
  { why: 'a body without apiKey', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: {}, status: 422, shapeRule: true },
  { why: 'a key the vendor rejects', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_INVALID_API_KEY }, status: 422 },
  { why: 'a vendor rate limit', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_RATE_LIMITED_API_KEY }, status: 429 },
  { why: 'an unknown provider', operation: 'connectIntegration', params: { providerId: 'nope' }, body: { apiKey: MOCK_VALID_API_KEY }, status: 404 },
  { why: 'an integration already connected', operation: 'connectIntegration', params: { providerId: ids.connectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, status: 409 },
  { why: 'a user who may not manage', operation: 'connectIntegration', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, seed: { canManageIntegrations: false }, status: 403 },

  { why: 'a new key', operation: 'replaceApiKey', params: { providerId: ids.connectedProvider }, body: { apiKey: `${MOCK_VALID_API_KEY}x` }, status: 200 },
  { why: 'no Idempotency-Key', operation: 'replaceApiKey', params: { providerId: ids.connectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, idempotencyKey: null, status: 400 },
  { why: 'an apiKey that is not a string', operation: 'replaceApiKey', params: { providerId: ids.connectedProvider }, body: { apiKey: 42 }, status: 422, shapeRule: true },
  { why: 'an unknown provider', operation: 'replaceApiKey', params: { providerId: 'nope' }, body: { apiKey: MOCK_VALID_API_KEY }, status: 404 },
  { why: 'an integration not connected', operation: 'replaceApiKey', params: { providerId: ids.notConnectedProvider }, body: { apiKey: MOCK_VALID_API_KEY }, status: 409 },

  { why: 'a connected integration', operation: 'disconnectIntegration', params: { providerId: ids.connectedProvider }, status: 200 },
  { why: 'an empty Idempotency-Key', operation: 'disconnectIntegration', params: { providerId: ids.connectedProvider }, idempotencyKey: '', status: 400 },
  { why: 'an unknown provider', operation: 'disconnectIntegration', params: { providerId: 'nope' }, status: 404 },
  {
    why: 'a key reused for another provider',
    operation: 'disconnectIntegration',
    params: { providerId: ids.needsAttentionProvider },
    idempotencyKey: 'reused-key',
    before: () => send({ operation: 'disconnectIntegration', params: { providerId: ids.connectedProvider }, idempotencyKey: 'reused-key' }),
    status: 409,
  },

  { why: 'a connected integration', operation: 'rotateWebhookUrl', params: { providerId: ids.connectedProvider }, status: 200 },
  { why: 'no Idempotency-Key', operation: 'rotateWebhookUrl', params: { providerId: ids.connectedProvider }, idempotencyKey: null, status: 400 },
  { why: 'an unknown provider', operation: 'rotateWebhookUrl', params: { providerId: 'nope' }, status: 404 },
  { why: 'an integration not connected', operation: 'rotateWebhookUrl', params: { providerId: ids.notConnectedProvider }, status: 409 },

  { why: 'a page of tests', operation: 'listTests', params: { providerId: ids.connectedProvider }, query: '?search=a&limit=5', status: 200 },
  { why: 'limit=0', operation: 'listTests', params: { providerId: ids.connectedProvider }, query: '?limit=0', status: 422 },
  { why: 'a foreign cursor', operation: 'listTests', params: { providerId: ids.connectedProvider }, query: '?cursor=not-a-cursor', status: 422 },
  { why: 'an unknown provider', operation: 'listTests', params: { providerId: 'nope' }, status: 404 },
  { why: 'a page of reviewers', operation: 'listReviewers', query: '?limit=2', status: 200 },
  { why: 'limit=0', operation: 'listReviewers', query: '?limit=0', status: 422 },
  { why: 'a limit that is not a number', operation: 'listReviewers', query: '?limit=ten', status: 422 },
  { why: 'people by id', operation: 'getReviewers', query: '?ids=rev-2&ids=rev-1&ids=nobody', status: 200 },
  { why: 'no ids', operation: 'getReviewers', status: 422 },
  { why: 'more ids than one lookup takes', operation: 'getReviewers', query: `?${Array.from({ length: 101 }, (_, i) => `ids=rev-${i + 1}`).join('&')}`, status: 422 },
  { why: 'templates', operation: 'listScorecardTemplates', status: 200 },

  { why: 'a plan', operation: 'getInterviewPlan', params: { jobId: ids.jobWithTwoProviders }, status: 200 },
  { why: 'an unknown job', operation: 'getInterviewPlan', params: { jobId: 'nope' }, status: 404 },
  { why: 'the current version', operation: 'saveInterviewPlan', params: { jobId: ids.jobWithoutAssessmentActivity }, body: planBody(2, [{ id: 's1', name: 'Screen', activities: [{ id: 'a1', type: 'call', title: 'Call' }] }]), status: 200 },
  { why: 'a stale version', operation: 'saveInterviewPlan', params: { jobId: ids.jobWithoutAssessmentActivity }, body: planBody(1), status: 409 },
  { why: 'a stage without a name', operation: 'saveInterviewPlan', params: { jobId: ids.jobWithoutAssessmentActivity }, body: planBody(2, [{ id: 's1', name: '', activities: [] }]), status: 422, shapeRule: true },
  { why: 'a test that does not exist', operation: 'saveInterviewPlan', params: { jobId: ids.jobWithoutAssessmentActivity }, body: planBody(2, [{ id: 's1', name: 'Tech', activities: [{ id: 'a1', type: 'send_assessment', providerId: ids.connectedProvider, testId: 'gone', testTitle: 'x', reviewerIds: [], scorecard: { kind: 'questions', questions: [] } }] }]), status: 422 },
  { why: 'no Idempotency-Key', operation: 'saveInterviewPlan', params: { jobId: ids.jobWithoutAssessmentActivity }, body: planBody(2), idempotencyKey: null, status: 400 },
  { why: 'an unknown job', operation: 'saveInterviewPlan', params: { jobId: 'nope' }, body: planBody(1), status: 404 },

  { why: 'a candidate', operation: 'getCandidate', params: { candidateId: ids.candidateWithEveryStatus }, status: 200 },
  { why: 'an unknown candidate', operation: 'getCandidate', params: { candidateId: 'nope' }, status: 404 },
  { why: 'assessments in every status', operation: 'listCandidateAssessments', params: { candidateId: ids.candidateWithEveryStatus }, status: 200 },
  { why: 'an unknown candidate', operation: 'listCandidateAssessments', params: { candidateId: 'nope' }, status: 404 },

  { why: 'an ad-hoc send', operation: 'sendAssessment', body: sendBody(), status: 201 },
  { why: 'a plan activity', operation: 'sendAssessment', body: sendBody({ candidateId: ids.candidateWithPendingActivity, providerId: ids.connectedProvider, activityId: ids.planActivity }), status: 201 },
  { why: 'an unknown candidate', operation: 'sendAssessment', body: sendBody({ candidateId: 'nope' }), status: 404 },
  { why: 'a provider that is not connected', operation: 'sendAssessment', body: sendBody({ providerId: ids.notConnectedProvider }), status: 422 },
  { why: 'a body of the wrong shape', operation: 'sendAssessment', body: { candidateId: ids.candidateWithNoAssessments }, status: 422, shapeRule: true },
  { why: 'no Idempotency-Key', operation: 'sendAssessment', body: sendBody(), idempotencyKey: null, status: 400 },
  { why: 'no reviewers', operation: 'sendAssessment', body: sendBody({ reviewerIds: [] }), status: 422, shapeRule: true },
  { why: 'a message over 1,000 characters', operation: 'sendAssessment', body: sendBody({ message: 'x'.repeat(1001) }), status: 422, shapeRule: true },
  {
    why: 'a second active assessment of the same test',
    operation: 'sendAssessment',
    body: sendBody({ reviewerIds: ['rev-2'] }),
    before: () => send({ operation: 'sendAssessment', body: sendBody(), idempotencyKey: 'first-send' }),
    status: 409,
  },
  {
    why: 'a replay: the first answer, status included',
    operation: 'sendAssessment',
    body: sendBody(),
    idempotencyKey: 'replayed-send',
    before: () => send({ operation: 'sendAssessment', body: sendBody(), idempotencyKey: 'replayed-send' }),
    status: 201,
  },
  {
    why: 'a key reused for another input',
    operation: 'sendAssessment',
    body: sendBody({ reviewerIds: ['rev-2'] }),
    idempotencyKey: 'reused-send',
    before: () => send({ operation: 'sendAssessment', body: sendBody(), idempotencyKey: 'reused-send' }),
    status: 409,
  },

  { why: 'an active assessment', operation: 'resendAssessment', params: { assessmentId: sent.sent }, status: 200 },
  { why: 'a completed assessment', operation: 'resendAssessment', params: { assessmentId: sent.completed }, status: 409 },
  { why: 'an unknown assessment', operation: 'resendAssessment', params: { assessmentId: 'nope' }, status: 404 },
  { why: 'an empty Idempotency-Key', operation: 'resendAssessment', params: { assessmentId: sent.sent }, idempotencyKey: '', status: 400 },

  { why: 'an active assessment', operation: 'cancelAssessment', params: { assessmentId: sent.in_progress }, body: { reason: 'Withdrew' }, status: 200 },
  { why: 'no body', operation: 'cancelAssessment', params: { assessmentId: sent.sent }, status: 200 },
  { why: 'a completed assessment', operation: 'cancelAssessment', params: { assessmentId: sent.completed }, body: {}, status: 409 },
  { why: 'a reason that is not a string', operation: 'cancelAssessment', params: { assessmentId: sent.sent }, body: { reason: 5 }, status: 422, shapeRule: true },
  { why: 'an unknown assessment', operation: 'cancelAssessment', params: { assessmentId: 'nope' }, body: {}, status: 404 },
  { why: 'no Idempotency-Key', operation: 'cancelAssessment', params: { assessmentId: sent.sent }, body: {}, idempotencyKey: null, status: 400 },

  { why: 'a pad with a vendor that has live interviews', operation: 'createLiveInterview', body: liveBody({ scheduledAt: '2026-11-05T14:00:00Z' }), status: 201 },
  { why: 'no Idempotency-Key', operation: 'createLiveInterview', body: liveBody(), idempotencyKey: null, status: 400 },
  { why: 'an unknown candidate', operation: 'createLiveInterview', body: liveBody({ candidateId: 'nope' }), status: 404 },
  { why: 'a vendor without live interviews', operation: 'createLiveInterview', body: liveBody({ providerId: ids.needsAttentionProvider }), seed: { integrationStates: { devscreen: 'connected' } }, status: 422 },
  { why: 'an empty title', operation: 'createLiveInterview', body: liveBody({ title: '  ' }), status: 422 },
  { why: 'no interviewers', operation: 'createLiveInterview', body: liveBody({ interviewerIds: [] }), status: 422, shapeRule: true },
  { why: 'a time in the past', operation: 'createLiveInterview', body: liveBody({ scheduledAt: '2026-11-01T09:00:00Z' }), status: 422 },
  {
    why: 'a key reused for another input',
    operation: 'createLiveInterview',
    body: liveBody({ title: 'Another' }),
    idempotencyKey: 'reused-live',
    before: () => send({ operation: 'createLiveInterview', body: liveBody(), idempotencyKey: 'reused-live' }),
    status: 409,
  },
  { why: 'a scheduled interview', operation: 'sendInterviewLink', params: { assessmentId: live.scheduled }, status: 200 },
  { why: 'no Idempotency-Key', operation: 'sendInterviewLink', params: { assessmentId: live.scheduled }, idempotencyKey: null, status: 400 },
  { why: 'an unknown assessment', operation: 'sendInterviewLink', params: { assessmentId: 'nope' }, status: 404 },
  { why: 'a cancelled interview', operation: 'sendInterviewLink', params: { assessmentId: live.cancelled }, status: 409 },

  { why: 'open feedback, as a reviewer', operation: 'getAssessmentFeedback', params: { assessmentId: feedback.open }, seed: asReviewer, status: 200 },
  { why: 'feedback, as the hiring team', operation: 'getAssessmentFeedback', params: { assessmentId: feedback.allSubmitted }, status: 200 },
  { why: 'an unknown assessment', operation: 'getAssessmentFeedback', params: { assessmentId: 'nope' }, status: 404 },
  { why: 'a partial draft', operation: 'saveFeedbackDraft', params: { assessmentId: feedback.open }, body: { answers: { 'q-fe-quality': 3 } }, seed: asReviewer, status: 200 },
  { why: 'no Idempotency-Key', operation: 'saveFeedbackDraft', params: { assessmentId: feedback.open }, body: { answers: {} }, idempotencyKey: null, seed: asReviewer, status: 400 },
  { why: 'an unknown assessment', operation: 'saveFeedbackDraft', params: { assessmentId: 'nope' }, body: { answers: {} }, seed: asReviewer, status: 404 },
  { why: 'an assessment not completed', operation: 'saveFeedbackDraft', params: { assessmentId: feedback.notCompleted }, body: { answers: {} }, seed: asReviewer, status: 409 },
  { why: 'six stars', operation: 'saveFeedbackDraft', params: { assessmentId: feedback.open }, body: { answers: { 'q-fe-quality': 6 } }, seed: asReviewer, status: 422 },
  { why: 'every required answer', operation: 'submitFeedback', params: { assessmentId: feedback.open }, body: { answers: fullAnswers }, seed: asReviewer, status: 200 },
  { why: 'no Idempotency-Key', operation: 'submitFeedback', params: { assessmentId: feedback.open }, body: { answers: fullAnswers }, idempotencyKey: null, seed: asReviewer, status: 400 },
  { why: 'an unknown assessment', operation: 'submitFeedback', params: { assessmentId: 'nope' }, body: { answers: fullAnswers }, seed: asReviewer, status: 404 },
  { why: 'feedback already submitted', operation: 'submitFeedback', params: { assessmentId: feedback.allSubmitted }, body: { answers: fullAnswers }, seed: asReviewer, status: 409 },
  { why: 'a required answer missing', operation: 'submitFeedback', params: { assessmentId: feedback.open }, body: { answers: { 'q-fe-quality': 4 } }, seed: asReviewer, status: 422 },
  { why: 'answers that are not an object', operation: 'submitFeedback', params: { assessmentId: feedback.open }, body: { answers: [4] }, seed: asReviewer, status: 422, shapeRule: true },
];

/** Failures a real server may answer on any route; the mock answers them when a fault is planned. */
const faults: Array<{ operation: RestOperation; params?: Record<string, string>; body?: unknown; status: number }> = [
  { operation: 'listProviders', status: 401 },
  { operation: 'getCandidate', params: { candidateId: ids.candidateWithEveryStatus }, status: 403 },
  { operation: 'listReviewers', status: 429 },
  { operation: 'sendAssessment', body: sendBody(), status: 500 },
  { operation: 'listCandidateAssessments', params: { candidateId: ids.candidateWithEveryStatus }, status: 503 },
];

const operationsById = new Map<RestOperation, { path: string; method: string; operation: OperationObject }>();
for (const [path, methods] of Object.entries(document.paths)) {
  // The optional live-updates stream is outside restRoutes: the mock pushes through `subscribe` instead.
  for (const [method, operation] of Object.entries(methods)) {
    if (operation.operationId in restRoutes) operationsById.set(operation.operationId, { path, method, operation });
  }
}

/** The response the document declares for this status (exact, or its `5XX` range), with its JSON pointer. */
function declaredResponse(operationId: RestOperation, status: number): { pointer: string; response: ResponseObject } | null {
  const entry = operationsById.get(operationId);
  if (!entry) return null;
  const key = [String(status), `${String(status)[0]}XX`].find((k) => k in entry.operation.responses);
  if (!key) return null;
  const declared = entry.operation.responses[key]!;
  if (declared.$ref) {
    const name = declared.$ref.split('/').pop()!;
    return { pointer: `#/components/responses/${name}`, response: document.components.responses[name]! };
  }
  const escapedPath = entry.path.replaceAll('~', '~0').replaceAll('/', '~1');
  return { pointer: `#/paths/${escapedPath}/${entry.method}/responses/${key}`, response: declared };
}

/** Whether the document's request schema for this operation accepts the body. */
function documentAcceptsBody(operationId: RestOperation, body: unknown): boolean {
  const { path, method } = operationsById.get(operationId)!;
  const pointer = `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/requestBody/content/application~1json/schema`;
  const validate = ajv.getSchema<unknown>(`${DOCUMENT_ID}${pointer}`);
  if (!validate) throw new Error(`${operationId} declares no request body`);
  return validate(body) === true;
}

/** Validates a response against the document; returns what is wrong, or an empty list. */
async function problemsWith(operationId: RestOperation, response: Response): Promise<string[]> {
  const declared = declaredResponse(operationId, response.status);
  if (!declared) return [`${operationId} answered ${response.status}, which the document does not declare`];
  const problems: string[] = [];
  const body: unknown = await response.json();
  const validateBody = ajv.getSchema(`${DOCUMENT_ID}${declared.pointer}/content/application~1json/schema`);
  if (!validateBody) return [`no schema at ${declared.pointer}`];
  if (!validateBody(body)) problems.push(`body: ${ajv.errorsText(validateBody.errors)}`);
  for (const name of Object.keys(declared.response.headers ?? {})) {
    const raw = response.headers.get(name);
    if (raw === null) continue;
    const validateHeader = ajv.getSchema(`${DOCUMENT_ID}${declared.pointer}/headers/${name}/schema`)!;
    // Headers are text on the wire; delay-seconds is an integer in the document.
    const value = /^\d+$/.test(raw) ? Number(raw) : raw;
    if (!validateHeader(value)) problems.push(`${name}: ${ajv.errorsText(validateHeader.errors)}`);
  }
  return problems;
}

describe('the mock keeps docs/openapi.json', () => {
  it('compiles every schema of the document strictly', () => {
    for (const name of Object.keys((document.components as { schemas?: object }).schemas ?? {})) {
      expect(ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`), name).toBeTypeOf('function');
    }
  });

  it.each(cases.map((c) => [`${c.operation}: ${c.why} -> ${c.status}`, c] as const))('%s', async (_, c) => {
    if (c.seed) mockServer.reset(c.seed);
    await c.before?.();
    const response = await send(c);
    expect(response.status).toBe(c.status);
    expect(await problemsWith(c.operation, response)).toEqual([]);
    if (c.body !== undefined && (c.status < 300 || c.shapeRule)) {
      expect(documentAcceptsBody(c.operation, c.body), 'the document agrees on the request body').toBe(c.status < 300);
    }
  });

  it.each(faults.map((f) => [`${f.operation}: injected ${f.status}`, f] as const))('%s', async (_, f) => {
    mockServer.faults.failNext({ status: f.status, route: f.operation });
    const response = await send(f);
    expect(response.status).toBe(f.status);
    if (f.status === 429) expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await problemsWith(f.operation, response)).toEqual([]);
  });

  it('covers every operation\'s success, and every rule-based error status the document declares', () => {
    // Each case above asserts the status it names, so naming one here means the mock really answers it.
    const covered = new Set(cases.map((c) => `${c.operation} ${c.status}`));
    const missing: string[] = [];
    for (const [operationId, { operation }] of operationsById) {
      for (const key of Object.keys(operation.responses)) {
        if (['401', '403', '429', '5XX'].includes(key)) continue;
        if (!covered.has(`${operationId} ${key}`)) missing.push(`${operationId} ${key}`);
      }
    }
    expect(operationsById.size).toBe(Object.keys(restRoutes).length);
    expect(missing).toEqual([]);
  });

  it('rejects what the adapter rejects: an other activity may not call itself send_assessment', () => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/Activity`)!;
    expect(validate({ id: 'a', type: 'send_assessment', title: 'x' })).toBe(false);
    expect(validate({ id: 'a', type: 'interview', title: 'x' })).toBe(true);
  });

  it('declares Retry-After as delay-seconds or an HTTP date, and error codes a server may send', () => {
    const retryAfter = ajv.getSchema(`${DOCUMENT_ID}#/components/responses/Error429/headers/Retry-After/schema`)!;
    expect([30, 'Wed, 21 Oct 2026 07:28:00 GMT'].map((v) => retryAfter(v))).toEqual([true, true]);
    expect(['soon', -1, '30 seconds'].map((v) => retryAfter(v))).toEqual([false, false, false]);
    const errorBody = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/ErrorBody`)!;
    expect(errorBody({ error: { code: 'not_found', message: 'x' } })).toBe(true);
    expect(errorBody({ error: { code: 'network', message: 'x' } })).toBe(false);
    expect(errorBody({ error: { code: 'bad_response', message: 'x' } })).toBe(false);
  });
});
