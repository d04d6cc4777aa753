/**
 * The databases server tests run on: one PGlite per test file (its start-up is the cost: 5-14 s on this machine), and
 * a database of its own on the real Postgres that TEST_DATABASE_URL names (.ci/run starts a throwaway cluster), so
 * test files running at once never share tables. Both come migrated.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteStorage, pgStorage } from '../../src/server';
import type { SqlClient } from '../../src/server';
import { migrate } from '../../src/server/migrations';

export interface TestDatabase {
  name: string;
  storage: SqlClient;
  /** A second connection pool on the same database (Postgres), as another server instance would have; PGlite: the same. */
  anotherStorage(): SqlClient;
  /** Empties every table the kit made (the schema stays). */
  truncate(): Promise<void>;
  drop(): Promise<void>;
}

const TABLES = 'ak_feedback, ak_assessments, ak_integrations, ak_tests, ak_interview_plans, ak_idempotency, ak_webhook_events';

export async function embeddedDatabase(): Promise<TestDatabase> {
  const db = await PGlite.create();
  const storage = pgliteStorage(db, { closeWithServer: false });
  await migrate(storage);
  return { name: 'PGlite', storage, anotherStorage: () => storage, truncate: () => storage.exec(`TRUNCATE ${TABLES}`), drop: () => db.close() };
}

export const postgresUrl = process.env.TEST_DATABASE_URL || null;

/** A fresh database on the Postgres server, dropped by `drop()`; `poolSize` connections. */
export async function postgresDatabase(url: string, { poolSize = 10 } = {}): Promise<TestDatabase> {
  const name = `ak_test_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pools = [new pg.Pool({ connectionString: target.toString(), max: poolSize })];
  const storage = pgStorage(pools[0]!, { closeWithServer: false });
  await migrate(storage);
  return {
    name: 'Postgres',
    storage,
    anotherStorage() {
      const pool = new pg.Pool({ connectionString: target.toString(), max: poolSize });
      pools.push(pool);
      return pgStorage(pool, { closeWithServer: false });
    },
    truncate: () => storage.exec(`TRUNCATE ${TABLES}`),
    async drop() {
      for (const pool of pools) await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** PGlite always; Postgres too when TEST_DATABASE_URL is set. */
export async function testDatabases(): Promise<TestDatabase[]> {
  return [await embeddedDatabase(), ...(postgresUrl ? [await postgresDatabase(postgresUrl)] : [])];
}
