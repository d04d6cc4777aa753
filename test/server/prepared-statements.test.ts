/**
 * pgStorage names its statements, so Postgres parses and plans each once per connection rather than on every call
 * (a webhook delivery runs nine); behind a PgBouncer that cannot keep them, `preparedStatements: false` sends none.
 * On the real Postgres CI starts (TEST_DATABASE_URL), as the other server tests.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { pgStorage } from '../../src/server';
import { postgresUrl } from './databases';

const STATEMENT = 'SELECT $1::int + 1 AS next';
/** What the connection this transaction runs on has prepared. */
const preparedOn = (tx: { query<Row>(text: string, params?: unknown[]): Promise<Row[]> }) =>
  tx.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements WHERE statement = $1', [STATEMENT]);

describe.each(postgresUrl ? [postgresUrl] : [])('on a real Postgres', (url) => {
  let pool: pg.Pool;
  afterEach(() => pool?.end());

  it('prepares each statement once per connection, and answers as an unnamed one would', async () => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    const storage = pgStorage(pool, { closeWithServer: false });
    expect(await storage.query(STATEMENT, [1])).toEqual([{ next: 2 }]);
    expect(await storage.query(STATEMENT, [41])).toEqual([{ next: 42 }]);
    await storage.transaction(async (tx) => {
      expect(await tx.query(STATEMENT, [2])).toEqual([{ next: 3 }]);
      expect(await preparedOn(tx)).toEqual([{ statement: STATEMENT }]);
    });
  });

  it('prepares nothing with preparedStatements: false', async () => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    const storage = pgStorage(pool, { closeWithServer: false, preparedStatements: false });
    await storage.transaction(async (tx) => {
      expect(await tx.query(STATEMENT, [2])).toEqual([{ next: 3 }]);
      expect(await preparedOn(tx)).toEqual([]);
    });
  });

  it('lets a second copy of the kit (a bundler\'s) share the pool: one text, one name, whichever copy asks first', async () => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    // A module of its own, as a second bundle would load: its own table of names.
    const secondCopy = (await import(/* @vite-ignore */ `../../src/server/sql.ts?copy=${Date.now()}`)) as typeof import('../../src/server/sql');
    const first = pgStorage(pool, { closeWithServer: false });
    const second = secondCopy.pgStorage(pool, { closeWithServer: false });
    expect(await second.query('SELECT $1::int * 2 AS twice', [4])).toEqual([{ twice: 8 }]);
    expect(await first.query(STATEMENT, [1])).toEqual([{ next: 2 }]);
    expect(await second.query(STATEMENT, [2])).toEqual([{ next: 3 }]);
    expect(await first.query('SELECT $1::int * 2 AS twice', [5])).toEqual([{ twice: 10 }]);
  });
});
