/**
 * The storage seam: plain parameterised SQL over a small client interface, so PGlite (embedded, in memory or in a
 * folder) and a pooled `pg` connection to a real Postgres run the same statements. Nothing here builds SQL from
 * values: every value travels as a parameter.
 */

/** Runs one statement with `$1`-style parameters. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlClient extends SqlQueryable {
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The part of a PGlite instance this uses (`new PGlite()` or `await PGlite.create(dataDir)`). */
export interface PGliteLike {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(text: string): Promise<unknown>;
  transaction<T>(work: (tx: { query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The part of a `pg` Pool this uses. */
export interface PgPoolLike {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  connect(): Promise<PgPoolClientLike>;
  end(): Promise<void>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}
interface PgPoolClientLike {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  release(destroy?: boolean | Error): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/** A dropped connection (a Postgres restart, a failover) is reported, not thrown: with no listener Node would exit. */
const reportLostConnection = (error: Error) =>
  console.error(`assessment-kit/server: a Postgres connection was lost (${error.message}); the pool opens another.`);

/** Embedded Postgres (PGlite): one connection, so its transactions run one at a time. */
export function pgliteStorage(db: PGliteLike, { closeWithServer = true }: { closeWithServer?: boolean } = {}): SqlClient {
  return {
    query: async (text, params = []) => (await db.query(text, [...params])).rows as never,
    exec: async (text) => {
      await db.exec(text);
    },
    transaction: (work) =>
      db.transaction((tx) => work({ query: async (text, params = []) => (await tx.query(text, [...params])).rows as never })),
    close: async () => {
      if (closeWithServer) await db.close();
    },
  };
}

/**
 * A real Postgres server through a `pg` Pool (`new Pool({ connectionString })`). Several server instances may share
 * one database: correctness comes from transactions and constraints, never from this process's memory.
 */
export function pgStorage(
  pool: PgPoolLike,
  { closeWithServer = true, onConnectionLost = reportLostConnection }: { closeWithServer?: boolean; onConnectionLost?: (error: Error) => void } = {},
): SqlClient {
  // An idle pooled connection that dies is the pool's 'error' event.
  pool.on?.('error', onConnectionLost);
  return {
    query: async (text, params = []) => (await pool.query(text, [...params])).rows as never,
    exec: async (text) => {
      await pool.query(text);
    },
    async transaction(work) {
      const client = await pool.connect();
      // One that dies mid-transaction is the client's own 'error' event (its query fails too, and so does the work).
      client.on?.('error', onConnectionLost);
      const release = (destroy?: boolean | Error) => {
        client.off?.('error', onConnectionLost);
        client.release(destroy);
      };
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, params = []) => (await client.query(text, [...params])).rows as never });
        await client.query('COMMIT');
        release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is broken: drop it from the pool instead of handing it out again.
        await client.query('ROLLBACK').then(
          () => release(),
          (rollbackError: unknown) => release(rollbackError instanceof Error ? rollbackError : true),
        );
        throw error;
      }
    },
    close: async () => {
      if (closeWithServer) await pool.end();
    },
  };
}

/** `%`, `_` and `\` matched literally in an ILIKE pattern (the needle is still a parameter). */
export function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
