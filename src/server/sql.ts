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
}
interface PgPoolClientLike {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  release(destroy?: boolean | Error): void;
}

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
export function pgStorage(pool: PgPoolLike, { closeWithServer = true }: { closeWithServer?: boolean } = {}): SqlClient {
  return {
    query: async (text, params = []) => (await pool.query(text, [...params])).rows as never,
    exec: async (text) => {
      await pool.query(text);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, params = []) => (await client.query(text, [...params])).rows as never });
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is broken: drop it from the pool instead of handing it out again.
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: unknown) => client.release(rollbackError instanceof Error ? rollbackError : true),
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
