/**
 * The CodeInterview connector inside the server, against the vendor simulator over HTTP: an admin connects with a key
 * the vendor checks, the catalogue comes from the vendor, a live interview opens a real pad, and after all of it (a
 * refused key and a vendor outage included) the key is in no table, no response, no server log and no logged vendor
 * URL: only on the wire to the vendor. On PGlite, and on Postgres when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_CURRENT_USER } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer } from '../../src/server';
import { createCodeInterviewConnector } from '../../src/server/connectors/codeinterview';
import type { VendorCallLog } from '../../src/server/connectors/vendor-http';
import { createDemo } from '../../src/server/demo';
import { startVendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { VendorSimulator } from '../../src/server/testing/vendor-simulator';
import type { TestDatabase } from './databases';
import { embeddedDatabase, postgresDatabase, postgresUrl } from './databases';

const KEY = 'ci_live_SENTINEL_9d8c7b6a';
const url = postgresUrl;
const setups: Array<[string, () => Promise<TestDatabase>]> = [
  ['PGlite', () => embeddedDatabase()],
  ...(url ? ([['Postgres', () => postgresDatabase(url, { poolSize: 4 })]] as Array<[string, () => Promise<TestDatabase>]>) : []),
];

describe.each(setups)('the CodeInterview connector in the server, on %s', (_name, create) => {
  let database: TestDatabase;
  let simulator: VendorSimulator;
  let server: AssessmentServer;
  const answers: string[] = [];
  const serverLog: string[] = [];
  const vendorLog: VendorCallLog[] = [];
  let writes = 0;

  async function call(method: string, path: string, body?: unknown) {
    const response = await server.fetch(
      new Request(`http://localhost/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(method === 'GET' ? {} : { 'Idempotency-Key': `key-${++writes}` }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    answers.push(text);
    return { status: response.status, body: JSON.parse(text) as Record<string, any> };
  }

  beforeAll(async () => {
    database = await create();
    simulator = await startVendorSimulator({ apiKeys: [KEY] });
    const demo = createDemo(createMockStore().db);
    const provider = demo.connectors.find((c) => c.provider.id === 'codeinterview')!.provider;
    server = await createAssessmentServer({
      storage: database.storage,
      encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(3) }],
      host: demo.host,
      connectors: [createCodeInterviewConnector({ provider, baseUrl: simulator.codeInterviewBaseUrl, timeoutMs: 1000, backoffMs: 10, log: (entry) => vendorLog.push(entry) })],
      seed: null,
      logger: { error: (message, details) => serverLog.push(`${message} ${JSON.stringify(details)}`) },
      authenticate: async () => ({ userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER }),
    });
    await server.migrate();
  }, 60_000);
  afterAll(async () => {
    await simulator.close();
    await database.drop();
  });

  it('connects with a key the vendor checks, syncs its tests, opens a pad, and keeps the key off every record', async () => {
    const refused = await call('POST', '/integrations/codeinterview/connect', { apiKey: 'ci_live_not_the_key_000' });
    expect(refused.body.error).toMatchObject({ code: 'invalid_api_key', fieldErrors: { apiKey: 'This key was not accepted by CodeInterview.' } });

    const connected = await call('POST', '/integrations/codeinterview/connect', { apiKey: KEY });
    expect(connected.status).toBe(200);
    expect(connected.body.integration).toMatchObject({ state: 'connected', apiKeySuffix: KEY.slice(-4) });
    const tests = await call('GET', '/providers/codeinterview/tests');
    expect(tests.body.items.map((t: { title: string }) => t.title)).toEqual(['Backend fundamentals (Node.js)', 'Frontend: React components']);

    const live = await call('POST', '/live-interviews', {
      candidateId: 'cand-02',
      providerId: 'codeinterview',
      title: 'Pairing session',
      interviewerIds: ['rev-1'],
      scorecard: null,
      scheduledAt: null,
    });
    expect(live.status).toBe(201);
    const padId = live.body.testId as string;
    expect(live.body.interview.candidateUrl).toBe(`https://app.codeinterview.io/pads/${padId}`);
    expect(simulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/pads/new', body: { name: 'Pairing session' } });

    // The vendor is down while the key is replaced: a 500 that names the call, redacted, and the old key stays.
    simulator.fail({ path: '/tests', times: 3, fault: { status: 502 } });
    const outage = await call('PUT', '/integrations/codeinterview/api-key', { apiKey: `${KEY}_next` });
    expect(outage.status).toBe(500);
    expect((await call('GET', '/integrations/codeinterview')).body).toMatchObject({ state: 'connected', apiKeySuffix: KEY.slice(-4) });

    // The key reached the vendor, and nothing else.
    expect(simulator.requests.filter((r) => r.query.key === KEY).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /tests', 'GET /tests', 'POST /pads/new']);
    const tables = await database.storage.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'ak\\_%'`,
    );
    const rows: string[] = [];
    for (const { table_name } of tables) {
      rows.push(...(await database.storage.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table_name} t`)).map((r) => r.row));
    }
    expect(rows.some((row) => row.includes(KEY.slice(-4)))).toBe(true);
    const everything = [...rows, ...answers, ...serverLog, ...vendorLog.map((entry) => JSON.stringify(entry))].join('\n');
    expect(everything).not.toContain('SENTINEL');
    expect(vendorLog.every((entry) => entry.url.includes('key=REDACTED'))).toBe(true);
  });
});
