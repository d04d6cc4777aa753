// The server half, one per Node process. Next.js bundles the route handler and each page separately, so a module-level
// value would be made once per bundle: the instance lives on globalThis, and pages and API read the same database.
import { createAssessmentServer, type AssessmentServer } from 'assessment-kit/server';
import { basePath } from './kit';

const shared = globalThis as typeof globalThis & { assessmentServer?: Promise<AssessmentServer> };

/**
 * The kit's defaults: an in-memory PGlite seeded with the demo ATS (candidates, reviewers, three vendors that
 * accept the mock's keys), so the example needs no other service. Its data lives as long as the process.
 */
export function assessmentServer(): Promise<AssessmentServer> {
  shared.assessmentServer ??= createAssessmentServer({
    basePath,
    // A stand-in for your session: everyone is Dana, an admin. Read your own cookie here; null answers 401.
    authenticate: async () => ({ userId: 'usr-dana', role: 'admin', name: 'Dana Ruiz' }),
  }).then(async (server) => {
    await server.migrate();
    return server;
  });
  return shared.assessmentServer;
}
