/**
 * The handler itself, on one shared embedded database: routes and their error shape (404, 400, 401, 413), SQL built
 * only from parameters, secrets that never come back, and mounting in node:http, a Next-style route handler and Hono.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPath, restRoutes } from '../../src/backend/rest-contract';
import type { RestOperation } from '../../src/backend/rest-contract';
import { MOCK_CURRENT_USER, MOCK_NOW, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, AuthenticatedUser } from '../../src/server';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { embeddedDatabase } from './databases';
import * as nextRoute from './examples/next-route';
import { startServer } from './examples/node-http';

const SENTINEL = 'ci_live_SENTINEL_7a6b5c4d';
const SECOND_SENTINEL = 'ci_live_SENTINEL_2f3e4d5c';

let database: TestDatabase;
let server: AssessmentServer;
let user: AuthenticatedUser | null;
const logged: string[] = [];

async function freshServer(): Promise<void> {
  await database.truncate();
  const demo = createDemo(createMockStore().db);
  server = await createAssessmentServer({
    storage: database.storage,
    encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(1) }],
    host: {
      ...demo.host,
      // A host callback that fails unexpectedly, to see what a 500 logs.
      getCandidate: async (id, context) => {
        if (id === 'cand-explodes') throw new Error('host database unreachable');
        return demo.host.getCandidate(id, context);
      },
    },
    connectors: demo.connectors,
    seed: demo.seed,
    now: () => new Date(MOCK_NOW),
    logger: { error: (message, details) => logged.push(`${message} ${JSON.stringify(details)}`) },
    authenticate: async () => user,
  });
  await server.migrate();
}

beforeAll(async () => {
  database = await embeddedDatabase();
}, 60_000);
afterAll(() => database.drop());
beforeEach(async () => {
  user = { userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER };
  logged.length = 0;
  await freshServer();
});

let keys = 0;
const call = (method: string, path: string, { body, key = `k-${++keys}`, headers = {} }: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {}) =>
  server.fetch(
    new Request(`http://ats.test/api${path}`, {
      method,
      headers: { ...(key === null || method === 'GET' ? {} : { 'Idempotency-Key': key }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string> } }).error;

describe('requests it cannot serve', () => {
  it('answers an unknown route, a wrong method and a path outside the base with 404 in the contract’s error shape', async () => {
    for (const [method, path] of [['GET', '/nothing-here'], ['DELETE', '/providers'], ['GET', '/providers/codeinterview/tests/extra']]) {
      const response = await call(method!, path!);
      expect([response.status, (await errorOf(response)).code]).toEqual([404, 'not_found']);
    }
    const outside = await server.fetch(new Request('http://ats.test/apiary/providers'));
    expect([outside.status, (await errorOf(outside)).code]).toEqual([404, 'not_found']);
  });

  it('refuses a body over 256 KB with 413, whether or not Content-Length says so, and stores nothing', async () => {
    const huge = JSON.stringify({ answers: { 'q-fe-notes': 'x'.repeat(300 * 1024) } });
    const declared = await call('PUT', `/assessments/${mockIds.feedback.open}/feedback/draft`, { body: huge });
    expect([declared.status, (await errorOf(declared)).code]).toEqual([413, 'validation']);
    const streamed = await server.fetch(
      new Request('http://ats.test/api/assessments', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'streamed', 'Content-Type': 'application/json' },
        body: new Blob([huge]).stream(),
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(await database.storage.query('SELECT 1 FROM ak_idempotency')).toEqual([]);
  });

  it('answers 400 for a write without an Idempotency-Key or with a body that is not JSON, 401 without a session', async () => {
    const noKey = await call('POST', '/assessments', { body: {}, key: null });
    expect([noKey.status, (await errorOf(noKey)).code]).toEqual([400, 'validation']);
    const blankKey = await call('POST', '/assessments', { body: {}, key: '  ' });
    expect(blankKey.status).toBe(400);
    const notJson = await call('POST', '/assessments', { body: '{"candidateId": ' });
    expect([notJson.status, (await errorOf(notJson)).code]).toEqual([400, 'validation']);
    user = null;
    const anonymous = await call('GET', '/providers');
    expect([anonymous.status, (await errorOf(anonymous)).code]).toEqual([401, 'unauthorized']);
  });

  it('answers 500 in the contract’s shape when something unexpected fails, logging what failed but no request body', async () => {
    const response = await call('GET', '/candidates/cand-explodes');
    expect([response.status, (await errorOf(response)).code]).toEqual([500, 'server']);
    expect(logged.join('\n')).toContain('host database unreachable');
  });
});

describe('idempotency records', () => {
  it('keeps a stored answer for at least 24 hours, then a prune forgets it and the key is free again', async () => {
    const body = { candidateId: mockIds.candidateWithNoAssessments, providerId: 'skillforge', testId: mockIds.skillForgeTest, reviewerIds: ['rev-1'], scorecard: null };
    expect((await call('POST', '/assessments', { body, key: 'old-intent' })).status).toBe(201);
    expect(await server.pruneIdempotencyRecords({ olderThanHours: 1 })).toBe(0);
    await database.storage.query("UPDATE ak_idempotency SET created_at = now() - interval '25 hours'");
    expect(await server.pruneIdempotencyRecords()).toBe(1);
    // The key is a new request now: judged afresh, against the assessment it sent the first time.
    const again = await call('POST', '/assessments', { body, key: 'old-intent' });
    expect([again.status, ((await again.json()) as { error: { reason: string } }).error.reason]).toEqual([409, 'duplicate_assessment']);
  });
});

describe('SQL built only from parameters', () => {
  const injections = ["' OR '1'='1", "x'; DROP TABLE ak_assessments; --", '%', '_', '\\', '") OR 1=1 --', 'ak_assessments WHERE 1=1'];

  it('takes injection strings through every search and id parameter as plain text', async () => {
    const before = await database.storage.query<{ n: number }>('SELECT count(*)::int AS n FROM ak_assessments');
    for (const text of injections) {
      const search = encodeURIComponent(text);
      for (const path of [`/providers/codeinterview/tests?search=${search}`, `/reviewers?search=${search}`]) {
        const response = await call('GET', path);
        expect(response.status).toBe(200);
        // Nothing in the catalogue or the team holds these characters: a wildcard or a trick would match something.
        expect(((await response.json()) as { total: number }).total).toBe(0);
      }
      const lookup = await call('GET', `/reviewers/lookup?ids=${search}`);
      expect(((await lookup.json()) as { reviewers: unknown[] }).reviewers).toEqual([]);
      for (const operation of ['getIntegration', 'listTests', 'getInterviewPlan', 'getCandidate', 'listCandidateAssessments', 'getAssessmentFeedback'] as RestOperation[]) {
        const route = restRoutes[operation];
        const path = buildPath(route.path, { providerId: text, jobId: text, candidateId: text, assessmentId: text });
        const response = await call(route.method, path);
        expect([operation, response.status]).toEqual([operation, 404]);
      }
      for (const operation of ['resendAssessment', 'cancelAssessment', 'sendInterviewLink', 'saveFeedbackDraft'] as RestOperation[]) {
        const route = restRoutes[operation];
        const response = await call(route.method, buildPath(route.path, { assessmentId: text }), { body: { answers: {} } });
        expect([operation, response.status]).toEqual([operation, 404]);
      }
    }
    expect(await database.storage.query('SELECT count(*)::int AS n FROM ak_assessments')).toEqual(before);
  });
});

describe('secrets', () => {
  /** Every row of every table of the kit, as text. */
  const dump = async () => {
    const tables = await database.storage.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'ak\\_%'");
    const rows = await Promise.all(tables.map(({ name }) => database.storage.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${name} t`)));
    return rows.flat().map((r) => r.row).join('\n');
  };

  it('never stores, returns or logs a vendor key after a whole flow; only its last four characters come back', async () => {
    const answers: string[] = [];
    const send = async (method: string, path: string, body?: unknown) => {
      const response = await call(method, path, { body });
      answers.push(`${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${await response.text()}`);
      return response;
    };
    const connected = await send('POST', '/integrations/codeinterview/connect', { apiKey: SENTINEL });
    expect(connected.status).toBe(200);
    expect(answers.at(-1)).toContain(`"apiKeySuffix":"${SENTINEL.slice(-4)}"`);
    // A second connect (409), a key the vendor refuses, a replacement, a live pad (which opens the key), a send.
    await send('POST', '/integrations/codeinterview/connect', { apiKey: SENTINEL });
    await send('PUT', '/integrations/codeinterview/api-key', { apiKey: `invalid_${SENTINEL}` });
    await send('PUT', '/integrations/codeinterview/api-key', { apiKey: SECOND_SENTINEL });
    const live = await send('POST', '/live-interviews', {
      candidateId: mockIds.candidateWithNoAssessments,
      providerId: 'codeinterview',
      title: 'Pairing',
      interviewerIds: ['rev-1'],
      scorecard: null,
    });
    expect(live.status).toBe(201);
    await send('POST', '/assessments', {
      candidateId: mockIds.candidateWithNoAssessments,
      providerId: 'codeinterview',
      testId: mockIds.codeInterviewTest,
      reviewerIds: ['rev-1'],
      scorecard: null,
    });
    await send('GET', '/integrations/codeinterview');
    await send('GET', `/candidates/${mockIds.candidateWithNoAssessments}/assessments`);
    await send('GET', '/candidates/cand-explodes');
    const everything = [answers.join('\n'), logged.join('\n'), await dump()];
    for (const text of everything) {
      expect(text).not.toContain('SENTINEL');
    }
    // The key is there, sealed: the live pad above was opened with it.
    expect(await database.storage.query("SELECT api_key_sealed LIKE 'v1.k1.%' AS sealed FROM ak_integrations WHERE provider_id = 'codeinterview'")).toEqual([{ sealed: true }]);
  });
});

describe('mounting', () => {
  it('serves node:http through @hono/node-server, as docs/server.md shows', async () => {
    const running = await startServer(39_000 + Math.floor(Math.random() * 1000));
    try {
      const port = running.port;
      const denied = await fetch(`http://127.0.0.1:${port}/api/providers`);
      expect(denied.status).toBe(401);
      const response = await fetch(`http://127.0.0.1:${port}/api/providers`, { headers: { Authorization: 'Bearer demo' } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { providers: Array<{ name: string }> }).providers.map((p) => p.name)).toContain('CodeInterview');
    } finally {
      await running.close();
    }
  }, 60_000);

  it('serves a Next-style catch-all route handler, as docs/server.md shows', async () => {
    try {
      const response = await nextRoute.GET(new Request('http://localhost:3000/api/scorecard-templates', { headers: { cookie: 'session=1' } }));
      expect(response.status).toBe(200);
      const refused = await nextRoute.POST(
        new Request('http://localhost:3000/api/integrations/codeinterview/connect', { method: 'POST', headers: { cookie: 'session=1', 'Idempotency-Key': 'a' }, body: '{}' }),
      );
      // A recruiter may not manage integrations.
      expect(refused.status).toBe(403);
    } finally {
      await nextRoute.close();
    }
  }, 60_000);

  it('mounts in Hono as a sub-handler', async () => {
    const app = new Hono();
    app.all('/api/*', (c) => server.fetch(c.req.raw));
    const response = await app.request('http://ats.test/api/providers');
    expect(response.status).toBe(200);
  });
});
