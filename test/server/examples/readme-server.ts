// server.ts: the kit's routes under /api, on your Postgres, in a plain Node server.
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createAssessmentServer, pgStorage } from '../../../src/server';

export const assessments = await createAssessmentServer({
  storage: pgStorage(new pg.Pool({ connectionString: process.env.DATABASE_URL })),
  // 32 random bytes, base64, from your secret manager (`generateEncryptionKey()` makes one).
  encryptionKeys: [{ id: '2026-12', key: process.env.ASSESSMENT_KIT_KEY ?? '' }],
  // Who is signed in, from your own session (a stand-in header here), or null for a 401.
  authenticate: async (request) => {
    const userId = request.headers.get('x-demo-user');
    return userId ? { userId, role: 'admin', name: 'Dana Ruiz' } : null;
  },
  // `host` gives your candidates, people and scorecards (docs/server.md); left out, the demo's stand in.
});
await assessments.migrate();
export const http = serve({ fetch: assessments.fetch, port: Number(process.env.PORT ?? 3001) });
