// app/api/[...path]/route.ts in a Next.js app: every method goes to the kit's handler.
import { createAssessmentServer } from '../../../src/server';

const assessments = createAssessmentServer({
  authenticate: async (request) => (request.headers.get('cookie')?.includes('session=') ? { userId: 'u-1', role: 'recruiter' } : null),
}).then(async (server) => {
  await server.migrate();
  return server;
});

const handle = async (request: Request) => (await assessments).fetch(request);
export { handle as GET, handle as POST, handle as PUT, handle as DELETE };
export const close = async () => (await assessments).close();
