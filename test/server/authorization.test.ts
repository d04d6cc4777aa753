/**
 * Who may do what, as docs/server.md prints it: every operation, by every role, on a record of their own and on
 * someone else's. "Own" is what the rule is about: a reviewer's own assignment for feedback, a candidate the host lets
 * the user see for everything about that candidate. The answers are written out here, not derived from the server's
 * table, so changing the table without the docs fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';
import type { RestOperation } from '../../src/backend/rest-contract';
import { restRoutes } from '../../src/backend/rest-contract';
import { MOCK_NOW, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, AuthenticatedUser, Role } from '../../src/server';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { embeddedDatabase } from './databases';

const fb = mockIds.feedback;
/** The host hides Noor Haddad (the feedback fixtures' candidate) from this person. */
const OUTSIDER = 'usr-outsider';

let database: TestDatabase;
let server: AssessmentServer;
let user: AuthenticatedUser;

async function reset(): Promise<void> {
  await database.truncate();
  // CodeInterview connected (the fixtures' in-progress test resends through it); DevScreen free to connect.
  const demo = createDemo(createMockStore({ integrationStates: { codeinterview: 'connected', devscreen: 'not_connected' } }).db);
  server = await createAssessmentServer({
    storage: database.storage,
    encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(3) }],
    host: {
      ...demo.host,
      getCandidate: async (id, context) => {
        if (id === fb.candidate && context.user.userId === OUTSIDER) throw new AssessmentBackendError('forbidden', 'Not on your hiring team.');
        return demo.host.getCandidate(id, context);
      },
    },
    connectors: demo.connectors,
    seed: demo.seed,
    now: () => new Date(MOCK_NOW),
    authenticate: async () => user,
  });
  await server.migrate();
}

beforeAll(async () => {
  database = await embeddedDatabase();
  await reset();
}, 60_000);
afterAll(() => database.drop());

const required = { 'q-fe-quality': 4, 'q-fe-overall': 8, 'q-fe-a11y': true, 'q-fe-level': 'Senior' };

interface Case {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

/** A request each operation answers with success when allowed (on the fresh seed). */
const requests: Record<RestOperation, Case> = {
  listProviders: {},
  getIntegration: { params: { providerId: 'skillforge' } },
  connectIntegration: { params: { providerId: 'devscreen' }, body: { apiKey: MOCK_VALID_API_KEY } },
  replaceApiKey: { params: { providerId: 'skillforge' }, body: { apiKey: 'sf_live_replacement_91ab' } },
  disconnectIntegration: { params: { providerId: 'skillforge' } },
  rotateWebhookUrl: { params: { providerId: 'skillforge' } },
  listTests: { params: { providerId: 'skillforge' } },
  listReviewers: {},
  getReviewers: { query: '?ids=rev-1' },
  listScorecardTemplates: {},
  getInterviewPlan: { params: { jobId: mockIds.jobWithPlan } },
  saveInterviewPlan: { params: { jobId: mockIds.jobWithPlan } },
  getCandidate: { params: { candidateId: fb.candidate } },
  listCandidateAssessments: { params: { candidateId: fb.candidate } },
  sendAssessment: {
    body: { candidateId: fb.candidate, providerId: 'skillforge', testId: mockIds.skillForgeTest, reviewerIds: ['rev-1'], scorecard: null },
  },
  resendAssessment: { params: { assessmentId: fb.notCompleted } },
  cancelAssessment: { params: { assessmentId: fb.notCompleted }, body: {} },
  createLiveInterview: {
    body: { candidateId: fb.candidate, providerId: 'skillforge', title: 'Pairing', interviewerIds: ['rev-1'], scorecard: null },
  },
  sendInterviewLink: { params: { assessmentId: mockIds.liveInterviews.scheduled } },
  getAssessmentFeedback: { params: { assessmentId: fb.open } },
  saveFeedbackDraft: { params: { assessmentId: fb.open }, body: { answers: { 'q-fe-quality': 2 } } },
  submitFeedback: { params: { assessmentId: fb.open }, body: { answers: required } },
};

type Answer = 'ok' | 403;
const everyone: Record<Role, Answer> = { admin: 'ok', recruiter: 'ok', reviewer: 'ok' };
const adminsOnly: Record<Role, Answer> = { admin: 'ok', recruiter: 403, reviewer: 403 };
const notReviewers: Record<Role, Answer> = { admin: 'ok', recruiter: 'ok', reviewer: 403 };

/** docs/server.md "Who may do what", as answers: by role when the record is the user's to act on. */
const byRole: Record<RestOperation, Record<Role, Answer>> = {
  listProviders: everyone,
  getIntegration: everyone,
  connectIntegration: adminsOnly,
  replaceApiKey: adminsOnly,
  disconnectIntegration: adminsOnly,
  rotateWebhookUrl: adminsOnly,
  listTests: everyone,
  listReviewers: everyone,
  getReviewers: everyone,
  listScorecardTemplates: everyone,
  getInterviewPlan: everyone,
  saveInterviewPlan: adminsOnly,
  getCandidate: everyone,
  listCandidateAssessments: everyone,
  sendAssessment: notReviewers,
  resendAssessment: notReviewers,
  cancelAssessment: notReviewers,
  createLiveInterview: notReviewers,
  sendInterviewLink: notReviewers,
  getAssessmentFeedback: everyone,
  saveFeedbackDraft: everyone,
  submitFeedback: everyone,
};

/** On someone else's record: feedback on an assessment they don't review, anything about a candidate the host hides. */
const aboutHiddenCandidate: ReadonlySet<RestOperation> = new Set([
  'getCandidate',
  'listCandidateAssessments',
  'sendAssessment',
  'resendAssessment',
  'cancelAssessment',
  'createLiveInterview',
  'getAssessmentFeedback',
  'saveFeedbackDraft',
  'submitFeedback',
]);
const feedbackWrites: ReadonlySet<RestOperation> = new Set(['saveFeedbackDraft', 'submitFeedback']);

let keys = 0;
async function perform(operation: RestOperation): Promise<Response> {
  const { method, path } = restRoutes[operation];
  const spec = requests[operation];
  let body = spec.body;
  if (operation === 'saveInterviewPlan') {
    const plan = (await (await server.fetch(new Request(`http://ats.test/api/jobs/${mockIds.jobWithPlan}/interview-plan`))).json()) as { version: number; stages: unknown };
    body = { baseVersion: plan.version, stages: plan.stages };
  }
  const url = `http://ats.test/api${path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(spec.params![name]!))}${spec.query ?? ''}`;
  return server.fetch(
    new Request(url, {
      method,
      headers: method === 'GET' ? {} : { 'Idempotency-Key': `authz-${++keys}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

const answerOf = (response: Response): Answer | number => (response.ok ? 'ok' : response.status === 403 ? 403 : response.status);

describe.each(Object.keys(restRoutes) as RestOperation[])('%s', (operation) => {
  const isWrite = restRoutes[operation].method !== 'GET';
  it.each(['admin', 'recruiter', 'reviewer'] as Role[])('as %s: on their own record, then on someone else’s', async (role) => {
    if (isWrite) await reset();
    // Their own: the assigned reviewer who is due, for feedback; anyone the host shows the candidate to, otherwise.
    user = { userId: feedbackWrites.has(operation) ? fb.reviewers.due : `usr-${role}`, role };
    expect(answerOf(await perform(operation))).toBe(byRole[operation][role]);

    if (isWrite) await reset();
    // Someone else's: an assessment they don't review (feedback), a candidate the host hides from them.
    const others = feedbackWrites.has(operation) ? 'rev-5' : OUTSIDER;
    user = { userId: others, role };
    const expected = byRole[operation][role] === 403 || aboutHiddenCandidate.has(operation) ? 403 : 'ok';
    expect(answerOf(await perform(operation))).toBe(expected);
  });
});
