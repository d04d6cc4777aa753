// Production: a pooled Postgres shared by every instance, your own records and your key.
import pg from 'pg';
import { createAssessmentServer, pgStorage } from '../../../src/server';
import type { AssessmentHost, AuthenticatedUser } from '../../../src/server';

export async function createProductionServer(options: {
  databaseUrl: string;
  /** 32 random bytes, base64, from your secret manager (`generateEncryptionKey()` makes one). */
  encryptionKey: string;
  host?: AssessmentHost;
  authenticate: (request: Request) => Promise<AuthenticatedUser | null>;
}) {
  const server = await createAssessmentServer({
    storage: pgStorage(new pg.Pool({ connectionString: options.databaseUrl, max: 10 })),
    encryptionKeys: [{ id: '2026-11', key: options.encryptionKey }],
    authenticate: options.authenticate,
    ...(options.host ? { host: options.host } : {}),
  });
  await server.migrate();
  return server;
}
