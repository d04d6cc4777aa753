/**
 * The smallest use of assessment-kit/server, as the README shows it: only `authenticate`, an in-memory PGlite with the
 * demo's vendors and seed, under `/api`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer } from '../../src/server';

let server: AssessmentServer;
beforeAll(async () => {
  server = await createAssessmentServer({ authenticate: async () => ({ userId: 'u-1', role: 'admin' }) });
  await server.migrate();
}, 60_000);
afterAll(() => server.close());

it('serves the providers under /api, CodeInterview among them', async () => {
  const res = await server.fetch(new Request('http://localhost/api/providers'));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { providers: Array<{ id: string; name: string }> };
  expect(body.providers.map((p) => p.name)).toContain('CodeInterview');
});

it('migrates idempotently: a second migrate() changes nothing and the seed is written once', async () => {
  const before = await server.storage.query<{ n: number }>('SELECT count(*)::int AS n FROM ak_assessments');
  await server.migrate();
  const after = await server.storage.query<{ n: number }>('SELECT count(*)::int AS n FROM ak_assessments');
  expect(after).toEqual(before);
  expect(before[0]!.n).toBeGreaterThan(0);
});
