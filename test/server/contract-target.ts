/**
 * The backend contract suite (test/backend/contract.test.ts) run against assessment-kit/server: the HTTP adapter
 * talking to `createAssessmentServer` in process through `fetch`, on PGlite, and on a real Postgres when
 * TEST_DATABASE_URL is set. Every answer is also checked against docs/openapi.json.
 *
 * The suite's levers (a fresh seed with options, the host's plan edits and stage moves, the vendor's events, who is
 * signed in) act here on the server's database through the doors a host and part 2's webhooks use. They keep the
 * mock's synchronous calls: each is queued and applied, in order, before the next request reaches the server.
 */
import type { HttpHandler } from 'msw';
import { afterAll } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import type { AssessmentBackend } from '../../src/backend/types';
import { readActivity } from '../../src/domain';
import type { Activity, Assessment, InterviewPlan } from '../../src/domain';
import { MOCK_CURRENT_USER, MOCK_NOW } from '../../src/mock';
import type { MockSeedOptions } from '../../src/mock';
import { createMockStore } from '../../src/mock/store';
import { matchRoute } from '../../src/server/routes';
import { createDemo } from '../../src/server/demo';
import type { Demo } from '../../src/server/demo';
import { createAssessmentServer } from '../../src/server';
import type { AssessmentServer, AuthenticatedUser } from '../../src/server';
import type { TestDatabase } from './databases';
import { testDatabases } from './databases';
import { openApiProblems } from './openapi';

const BASE_URL = 'http://contract.test/api';
const ENCRYPTION_KEY = { id: 'contract', key: new Uint8Array(32).fill(7) };

interface Target {
  database: TestDatabase;
  server: AssessmentServer | null;
  demo: Demo | null;
  role: AuthenticatedUser['role'];
  userId: string | null;
}

function holdsUnreadableActivity(body: unknown): boolean {
  const stages = (body as { stages?: unknown }).stages;
  if (!Array.isArray(stages)) return false;
  return stages.some((stage: { activities?: Activity[] }) => (stage.activities ?? []).some((a) => readActivity(a).kind === 'unreadable'));
}

const hex = () => crypto.randomUUID().replaceAll('-', '').slice(0, 16);

export async function createServerTarget() {
  const targets: Target[] = (await testDatabases()).map((database) => ({ database, server: null, demo: null, role: 'admin', userId: null }));
  // Each reset empties the tables (the databases come migrated) and seeds them again.
  afterAll(async () => {
    for (const target of targets) await target.database.drop();
  });

  let current = targets[0]!;
  let queue: Array<(target: Target) => Promise<unknown>> = [];
  // Requests sent at once wait for the same run of the queue: none may overtake a reset queued before it.
  let settled: Promise<void> = Promise.resolve();
  function flush(): Promise<void> {
    settled = settled
      .catch(() => undefined)
      .then(async () => {
        const pending = queue;
        queue = [];
        for (const op of pending) await op(current);
      });
    return settled;
  }
  const enqueue = (op: (target: Target) => Promise<unknown>) => {
    queue.push(op);
  };
  const serverOf = (target: Target) => target.server!;

  async function serverFor(target: Target, options: MockSeedOptions): Promise<AssessmentServer> {
    const store = createMockStore({ ...options, now: () => new Date(MOCK_NOW) });
    const demo = createDemo(store.db);
    target.demo = demo;
    target.role = options.canManageIntegrations === false ? 'recruiter' : 'admin';
    target.userId = options.currentUserId ?? null;
    target.server = await createAssessmentServer({
      storage: target.database.storage,
      encryptionKeys: [ENCRYPTION_KEY],
      host: demo.host,
      connectors: demo.connectors,
      seed: demo.seed,
      webhookBaseUrl: 'https://ats.example.com/webhooks/assessments',
      now: () => new Date(MOCK_NOW),
      feedback: {
        showOthersBeforeSubmit: options.showFeedbackBeforeSubmit ?? false,
        showToNonReviewers: options.showFeedbackToNonReviewers ?? true,
      },
      authenticate: async () => {
        // The mock's recruiter (Dana Ruiz), or the reviewer signed in, with the role the seed options give.
        if (target.userId === null) return { userId: 'usr-dana', name: MOCK_CURRENT_USER, role: target.role };
        const person = demo.db.reviewers.find((r) => r.id === target.userId);
        return { userId: target.userId, name: person?.name ?? target.userId, role: target.role };
      },
    });
    return target.server;
  }

  function adapterFor(target: Target): AssessmentBackend {
    return createHttpAdapter({
      baseUrl: BASE_URL,
      fetch: async (input, init) => {
        init?.signal?.throwIfAborted();
        try {
          await flush();
        } catch (error) {
          console.error('A lever of the contract suite failed on the server:', error);
          throw error;
        }
        const request = new Request(input, init);
        const response = await serverOf(target).fetch(request);
        const match = matchRoute(request.method, new URL(request.url).pathname.slice('/api'.length));
        const problems = !match
          ? ['no operation for this request']
          : holdsUnreadableActivity(await response.clone().json())
            ? // The contract lets a plan hold an activity the kit can't read (sent back untouched), which the
              // document's Activity schema cannot describe: such a plan is checked by the suite alone.
              []
            : await openApiProblems(match.operation, response);
        if (problems.length > 0) throw new Error(`The server's answer breaks docs/openapi.json: ${problems.join('; ')}`);
        return response;
      },
    });
  }

  const adapters: Array<[string, () => AssessmentBackend]> = targets.map((target) => [
    `server on ${target.database.name}`,
    () => {
      current = target;
      return adapterFor(target);
    },
  ]);

  return {
    adapters,
    handlers: [] as HttpHandler[],
    reset(options: MockSeedOptions = {}): void {
      enqueue(async (target) => {
        await target.database.truncate();
        await (await serverFor(target, options)).migrate();
      });
    },
    mock: {
      get backend(): AssessmentBackend {
        return adapterFor(current);
      },
      signInAs(userId: string | null): void {
        enqueue(async (target) => {
          target.userId = userId;
        });
      },
      host: {
        editPlan(jobId: string, edit: (plan: InterviewPlan) => void): void {
          enqueue((target) =>
            serverOf(target).editInterviewPlan(jobId, (plan) => {
              if (!plan) throw new Error(`The host has no plan for "${jobId}".`);
              edit(plan);
              return plan;
            }),
          );
        },
        async moveCandidate(candidateId: string, stageId: string): Promise<Assessment[]> {
          await flush();
          const candidate = current.demo!.db.candidates.find((c) => c.id === candidateId);
          if (!candidate) throw new Error(`The host has no candidate "${candidateId}".`);
          candidate.stageId = stageId;
          return serverOf(current).candidateEnteredStage(candidateId, stageId);
        },
      },
      simulator: {
        start(assessmentId: string): void {
          enqueue((target) => serverOf(target).applyVendorUpdate(assessmentId, { status: 'in_progress', vendorStatus: 'started' }));
        },
        complete(assessmentId: string): void {
          enqueue((target) =>
            serverOf(target).applyVendorUpdate(assessmentId, {
              status: 'completed',
              vendorStatus: 'completed',
              score: { got: 82, total: 100 },
              reportUrl: `https://vendor.example.com/reports/${hex()}`,
            }),
          );
        },
        end(assessmentId: string): void {
          enqueue((target) =>
            serverOf(target).applyVendorUpdate(assessmentId, {
              status: 'completed',
              vendorStatus: 'ended',
              playbackUrl: `https://vendor.example.com/playback/${hex()}`,
            }),
          );
        },
      },
    },
  };
}
