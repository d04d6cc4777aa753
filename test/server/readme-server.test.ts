/**
 * The README's "mount the server half" example, run as pasted: a plain Node server over a real Postgres, and the
 * kit's own HTTP adapter pointed at it doing what an admin and a recruiter do first (connect a vendor, pick a test,
 * send it, see it in the candidate's list). Without TEST_DATABASE_URL it starts a throwaway cluster itself.
 */
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import { MOCK_VALID_API_KEY } from '../../src/mock/api-keys';
import { mockIds } from '../../src/mock/seed';
import { generateEncryptionKey } from '../../src/server';
import { postgresUrl } from './databases';

const script = new URL('../../scripts/postgres.mjs', import.meta.url).pathname;
let cluster: string | null = null;
let adminUrl: string;
const database = `ak_readme_${crypto.randomUUID().replaceAll('-', '')}`;
let example: typeof import('./examples/readme-server');

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (postgresUrl) adminUrl = postgresUrl;
  else [cluster, adminUrl] = execFileSync('node', [script, 'start']).toString().trim().split(' ') as [string, string];
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.ASSESSMENT_KIT_KEY = generateEncryptionKey();
  process.env.PORT = '0';
  example = await import('./examples/readme-server');
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => example.http.close(() => resolve()));
  await example.assessments.close();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  if (cluster) execFileSync('node', [script, 'stop', cluster]);
}, 60_000);

it('serves the kit to its HTTP adapter: connect a vendor, send a test, see it in the list', async () => {
  const { port } = example.http.address() as AddressInfo;
  const anonymous = await fetch(`http://127.0.0.1:${port}/api/providers`);
  expect(anonymous.status).toBe(401);

  const backend = createHttpAdapter({ baseUrl: `http://127.0.0.1:${port}/api`, headers: () => ({ 'x-demo-user': 'u-1' }) });
  expect((await backend.listProviders()).map((provider) => provider.name)).toContain('CodeInterview');

  const connected = await backend.connectIntegration(
    { providerId: mockIds.providers.codeinterview, apiKey: MOCK_VALID_API_KEY },
    { idempotencyKey: crypto.randomUUID() },
  );
  expect(connected.integration.state).toBe('connected');
  expect(connected.integration.webhookUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/api/webhooks/codeinterview/`));

  const test = (await backend.listTests({ providerId: mockIds.providers.codeinterview })).items[0]!;
  const reviewer = (await backend.listReviewers({ search: 'a' })).items[0]!;
  const sent = await backend.sendAssessment(
    { candidateId: mockIds.candidateWithNoAssessments, providerId: mockIds.providers.codeinterview, testId: test.id, reviewerIds: [reviewer.id], scorecard: null },
    { idempotencyKey: crypto.randomUUID() },
  );
  expect([sent.status, sent.reviewers.map((r) => r.id)]).toEqual(['sent', [reviewer.id]]);

  const list = await backend.listCandidateAssessments(mockIds.candidateWithNoAssessments);
  expect(list.map((assessment) => [assessment.id, assessment.testTitle, assessment.status])).toEqual([[sent.id, test.title, 'sent']]);
}, 60_000);
