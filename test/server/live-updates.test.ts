/**
 * Live updates: `createHttpAdapter({ liveUpdates: true })`'s `subscribe` over the server's Server-Sent Events route,
 * in process. A change this instance makes arrives at once; one another instance makes (its own pool) arrives at the
 * next check; who may not list the candidate may not watch them; a server without the route still updates, through
 * the list reads between reconnects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import type { Assessment } from '../../src/domain';
import { MOCK_CURRENT_USER, mockIds } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, AuthenticatedUser, SqlClient } from '../../src/server';
import { createDemo } from '../../src/server/demo';
import type { TestDatabase } from './databases';
import { testDatabases } from './databases';

const databases = await testDatabases();
afterAll(async () => {
  for (const database of databases) await database.drop();
});

const candidateId = mockIds.candidateWithEveryStatus;
const sentId = mockIds.assessmentsOfCandidateWithEveryStatus.sent;
let user: AuthenticatedUser | null = { userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER };

async function serverOn(storage: SqlClient, options: { liveUpdates?: false | { pollMs: number }; seed?: boolean } = {}) {
  const demo = createDemo(createMockStore().db);
  const server = await createAssessmentServer({
    storage,
    encryptionKeys: [{ id: 'k1', key: new Uint8Array(32).fill(3) }],
    host: {
      ...demo.host,
      getCandidate: async (id, context) => {
        if (id === mockIds.candidateWithNoAssessments && context.user.role === 'reviewer') {
          const { AssessmentBackendError } = await import('../../src/server');
          throw new AssessmentBackendError('forbidden', 'Not your candidate.');
        }
        return demo.host.getCandidate(id, context);
      },
    },
    connectors: demo.connectors,
    seed: options.seed === false ? null : demo.seed,
    liveUpdates: options.liveUpdates ?? { pollMs: 60_000 },
    authenticate: async () => user,
  });
  await server.migrate();
  return server;
}

const adapterFor = (server: AssessmentServer, liveUpdates: boolean | { retryMs: number } = true) =>
  createHttpAdapter({ baseUrl: 'http://ats.test/api', fetch: (url, init) => server.fetch(new Request(url, init)), liveUpdates });

/** Every assessment the subscription delivers, and a way to wait for one that matches. */
function collect() {
  const seen: Assessment[] = [];
  const waiters: Array<{ test: (a: Assessment) => boolean; resolve: (a: Assessment) => void }> = [];
  return {
    seen,
    listener(assessment: Assessment) {
      seen.push(assessment);
      for (const waiter of [...waiters]) {
        if (!waiter.test(assessment)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(assessment);
      }
    },
    next(test: (a: Assessment) => boolean): Promise<Assessment> {
      const found = seen.find(test);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

describe.each(databases.map((database) => [database.name, database] as const))('live updates on %s', (_name, database: TestDatabase) => {
  let server: AssessmentServer;
  beforeAll(async () => {
    await database.truncate();
    server = await serverOn(database.storage);
  });
  afterAll(() => server.close());

  it('starts with every assessment of the candidate, then pushes a vendor’s change as it is committed', async () => {
    const events = collect();
    const unsubscribe = adapterFor(server).subscribe!(candidateId, events.listener);
    try {
      const before = await events.next((a) => a.id === sentId);
      expect(before.status).toBe('sent');
      const listed = await adapterFor(server, false).listCandidateAssessments(candidateId);
      await events.next((a) => a.id === listed.at(-1)!.id);
      expect(new Set(events.seen.map((a) => a.id))).toEqual(new Set(listed.map((a) => a.id)));

      // The watcher checks only every minute: this arrives because this instance committed it.
      await server.applyVendorUpdate(sentId, { status: 'in_progress', vendorStatus: 'started' });
      const pushed = await events.next((a) => a.id === sentId && a.status === 'in_progress');
      expect(pushed.revision).toBe(before.revision + 1);
    } finally {
      unsubscribe();
    }
  });

  it('shows a change another instance committed at its next check', async () => {
    const other = await serverOn(database.anotherStorage(), { seed: false });
    const watched = await serverOn(database.storage, { seed: false, liveUpdates: { pollMs: 50 } });
    const events = collect();
    const unsubscribe = adapterFor(watched).subscribe!(candidateId, events.listener);
    try {
      const inProgressId = mockIds.assessmentsOfCandidateWithEveryStatus.in_progress;
      await events.next((a) => a.id === inProgressId);
      await other.applyVendorUpdate(inProgressId, { status: 'completed', vendorStatus: 'completed', score: { got: 7, total: 10 } });
      const pushed = await events.next((a) => a.id === inProgressId && a.status === 'completed');
      expect(pushed.score).toEqual({ got: 7, total: 10 });
    } finally {
      unsubscribe();
      await other.close();
      await watched.close();
    }
  });

  it('refuses a stream to whoever may not list the candidate’s assessments', async () => {
    const url = `http://ats.test/api/candidates/${mockIds.candidateWithNoAssessments}/assessments/events`;
    user = { userId: 'usr-rev', role: 'reviewer' };
    try {
      expect((await server.fetch(new Request(url))).status).toBe(403);
      user = null;
      expect((await server.fetch(new Request(url))).status).toBe(401);
      user = { userId: 'usr-dana', role: 'admin' };
      expect((await server.fetch(new Request(url.replace(mockIds.candidateWithNoAssessments, 'cand-nobody')))).status).toBe(404);
    } finally {
      user = { userId: 'usr-dana', role: 'admin', name: MOCK_CURRENT_USER };
    }
  });
});

it('still updates against a server without the route: the adapter reads the list between reconnect attempts', async () => {
  const database = databases[0]!;
  await database.truncate();
  const server = await serverOn(database.storage, { liveUpdates: false });
  const events = collect();
  const unsubscribe = adapterFor(server, { retryMs: 20 }).subscribe!(candidateId, events.listener);
  try {
    expect((await server.fetch(new Request(`http://ats.test/api/candidates/${candidateId}/assessments/events`))).status).toBe(404);
    await events.next((a) => a.id === sentId);
    await server.applyVendorUpdate(sentId, { status: 'expired', vendorStatus: 'expired' });
    expect((await events.next((a) => a.id === sentId && a.status === 'expired')).vendorStatus).toBe('expired');
  } finally {
    unsubscribe();
    await server.close();
  }
});
