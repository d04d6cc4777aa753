/**
 * Correctness under concurrency comes from the database (a key's row claimed in the write's transaction, an advisory
 * lock around the duplicate guard, the version in a plan's UPDATE), not from this process: two server instances over
 * one database, with their own connection pools, take requests at once. On real Postgres when TEST_DATABASE_URL is
 * set (.ci/run starts one), and on PGlite, whose single connection runs transactions one at a time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_NOW, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, SqlClient } from '../../src/server';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { embeddedDatabase, postgresDatabase, postgresUrl } from './databases';

const N = 50;
const sendBody = JSON.stringify({
  candidateId: mockIds.candidateWithNoAssessments,
  providerId: mockIds.connectedProvider,
  testId: mockIds.skillForgeTest,
  reviewerIds: ['rev-1'],
  scorecard: null,
});

const url = postgresUrl;
const setups: Array<[string, () => Promise<TestDatabase>]> = [
  ['PGlite', () => embeddedDatabase()],
  ...(url ? ([['Postgres', () => postgresDatabase(url, { poolSize: 10 })]] as Array<[string, () => Promise<TestDatabase>]>) : []),
];

describe.each(setups)('on %s', (_name, create) => {
  let database: TestDatabase;
  let secondStorage: SqlClient;
  let instances: AssessmentServer[];

  beforeAll(async () => {
    database = await create();
    secondStorage = database.anotherStorage();
  }, 60_000);
  afterAll(() => database.drop());

  beforeEach(async () => {
    await database.truncate();
    const demo = createDemo(createMockStore().db);
    const make = (storage: SqlClient, userId: string) =>
      createAssessmentServer({
        storage,
        encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(9) }],
        host: demo.host,
        connectors: demo.connectors,
        seed: demo.seed,
        now: () => new Date(MOCK_NOW),
        // Each instance's requests come from its own admin unless a request names someone (`X-User`).
        authenticate: async (request) => ({ userId: request.headers.get('x-user') ?? userId, role: 'admin' }),
      });
    instances = [await make(database.storage, 'usr-a'), await make(secondStorage, 'usr-a')];
    await instances[0]!.migrate();
    // Every connection of both pools open before the requests start, so they really run at once (a connection
    // being opened would give the first request a head start that hides a race).
    const warm = (storage: SqlClient) => Promise.all(Array.from({ length: 10 }, () => storage.query('SELECT pg_sleep(0.05)')));
    await Promise.all([warm(database.storage), warm(secondStorage)]);
  });

  const post = (i: number, path: string, body: string, key: string, headers: Record<string, string> = {}) =>
    instances[i % 2]!.fetch(
      new Request(`http://ats.test/api${path}`, { method: 'POST', headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json', ...headers }, body }),
    );
  const assessmentsOf = async (candidateId: string) =>
    database.storage.query<{ status: string }>('SELECT status FROM ak_assessments WHERE candidate_id = $1', [candidateId]);

  it(`${N} sends at once with one key make one assessment, and every answer is the first one, byte for byte`, async () => {
    const responses = await Promise.all(Array.from({ length: N }, (_, i) => post(i, '/assessments', sendBody, 'one-key')));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(await Promise.all(responses.map((r) => r.text()))).size).toBe(1);
    expect(await assessmentsOf(mockIds.candidateWithNoAssessments)).toEqual([{ status: 'sent' }]);
    expect(await database.storage.query('SELECT count(*)::int AS n FROM ak_idempotency')).toEqual([{ n: 1 }]);
  });

  it(`${N} sends at once of one test to one candidate under ${N} keys: one is sent, ${N - 1} are told of it`, async () => {
    const responses = await Promise.all(Array.from({ length: N }, (_, i) => post(i, '/assessments', sendBody, `key-${i}`)));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ id?: string; error?: { reason?: string; existingAssessment?: { id: string } } }>;
    const sent = bodies.filter((_, i) => responses[i]!.status === 201);
    const refused = bodies.filter((_, i) => responses[i]!.status === 409);
    expect([sent.length, refused.length]).toEqual([1, N - 1]);
    for (const body of refused) expect(body.error).toMatchObject({ reason: 'duplicate_assessment', existingAssessment: { id: sent[0]!.id } });
    expect(await assessmentsOf(mockIds.candidateWithNoAssessments)).toEqual([{ status: 'sent' }]);
    // Refusals store nothing: only the one success holds its key.
    expect(await database.storage.query('SELECT count(*)::int AS n FROM ak_idempotency')).toEqual([{ n: 1 }]);
  });

  it('two admins saving one version of a plan at once: one is saved, the other is a conflict, nothing is lost', async () => {
    const plan = (await (await instances[0]!.fetch(new Request(`http://ats.test/api/jobs/${mockIds.jobWithPlan}/interview-plan`))).json()) as {
      version: number;
      stages: Array<{ name: string }>;
    };
    const save = (i: number, name: string) =>
      instances[i]!.fetch(
        new Request(`http://ats.test/api/jobs/${mockIds.jobWithPlan}/interview-plan`, {
          method: 'PUT',
          headers: { 'Idempotency-Key': `save-${i}`, 'Content-Type': 'application/json', 'X-User': `usr-admin-${i}` },
          body: JSON.stringify({ baseVersion: plan.version, stages: plan.stages.map((s, j) => (j === 0 ? { ...s, name } : s)) }),
        }),
      );
    const [first, second] = await Promise.all([save(0, 'Screen (first admin)'), save(1, 'Screen (second admin)')]);
    expect([first!.status, second!.status].sort()).toEqual([200, 409]);
    const winner = first!.status === 200 ? 'Screen (first admin)' : 'Screen (second admin)';
    const reloaded = (await (await instances[1]!.fetch(new Request(`http://ats.test/api/jobs/${mockIds.jobWithPlan}/interview-plan`))).json()) as typeof plan;
    expect([reloaded.version, reloaded.stages[0]!.name]).toEqual([plan.version + 1, winner]);
  });
});
