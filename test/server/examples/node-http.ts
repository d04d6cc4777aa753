// A Node server (node:http through @hono/node-server) serving the kit's routes under /api, on the embedded database.
import { serve } from '@hono/node-server';
import { createAssessmentServer } from '../../../src/server';

export async function startServer(port: number) {
  const assessments = await createAssessmentServer({
    // Your session check: the signed-in user and their role, or null (401).
    authenticate: async (request) =>
      request.headers.get('authorization') === 'Bearer demo' ? { userId: 'u-1', role: 'admin', name: 'Dana Ruiz' } : null,
  });
  await assessments.migrate();
  const http = serve({ fetch: assessments.fetch, port, hostname: '127.0.0.1' });
  return {
    port,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())).then(() => assessments.close()),
  };
}
