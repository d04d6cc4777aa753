/**
 * A Postgres connection that dies (a restart, a failover, an admin's pg_terminate_backend) must not take the host's
 * server down: node-postgres emits it as an 'error' event, which Node throws when nobody listens. pgStorage listens,
 * reports it, and the next query gets a fresh connection.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { expect, it } from 'vitest';
import { pgStorage } from '../../src/server';
import { postgresUrl } from './databases';

it('reports an idle connection the pool lost instead of throwing it', async () => {
  const pool = Object.assign(new EventEmitter(), {
    query: async <Row>() => ({ rows: [{ ok: 1 }] as Row[] }),
    connect: async () => ({ query: async <Row>() => ({ rows: [] as Row[] }), release: () => {} }),
    end: async () => {},
  });
  const lost: string[] = [];
  const storage = pgStorage(pool, { onConnectionLost: (error) => lost.push(error.message) });
  expect(() => pool.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow();
  expect(lost).toEqual(['terminating connection due to administrator command']);
  expect(await storage.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
});

// On the real Postgres CI starts (TEST_DATABASE_URL), as the other server tests.
it.each(postgresUrl ? [postgresUrl] : [])('on a real Postgres, a connection killed mid-transaction fails that transaction only', async (url) => {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const lost: string[] = [];
  const storage = pgStorage(pool, { onConnectionLost: (error) => lost.push(error.message) });
  const killed = storage.transaction(async (tx) => {
    const [row] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await storage.query('SELECT pg_terminate_backend($1)', [row!.pid]);
    return tx.query('SELECT 1');
  });
  await expect(killed).rejects.toThrow();
  expect(lost.length).toBeGreaterThan(0);
  expect(await storage.query('SELECT 2 AS two')).toEqual([{ two: 2 }]);
  await storage.close();
});
