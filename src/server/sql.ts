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

/** A statement as `pg` takes it: with a `name`, Postgres parses and plans it once per connection. */
export interface PgQueryConfig {
  name?: string;
  text: string;
  values?: unknown[];
}

/** The part of a `pg` Pool this uses. */
export interface PgPoolLike {
  query<Row>(query: string | PgQueryConfig, params?: unknown[]): Promise<{ rows: Row[] }>;
  connect(): Promise<PgPoolClientLike>;
  end(): Promise<void>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}
interface PgPoolClientLike {
  query<Row>(query: string | PgQueryConfig, params?: unknown[]): Promise<{ rows: Row[] }>;
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
  {
    closeWithServer = true,
    onConnectionLost = reportLostConnection,
    preparedStatements = true,
  }: {
    closeWithServer?: boolean;
    onConnectionLost?: (error: Error) => void;
    /**
     * Named statements, parsed and planned once per connection (a webhook delivery costs a third less database
     * time). Turn off behind PgBouncer in transaction mode older than 1.21, which cannot keep them.
     */
    preparedStatements?: boolean;
  } = {},
): SqlClient {
  // An idle pooled connection that dies is the pool's 'error' event.
  pool.on?.('error', onConnectionLost);
  const statement = preparedStatements ? namedStatement : (text: string, params: readonly unknown[]): PgQueryConfig => ({ text, values: [...params] });
  return {
    query: async (text, params = []) => (await pool.query(statement(text, params))).rows as never,
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
        const result = await work({ query: async (text, params = []) => (await client.query(statement(text, params))).rows as never });
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

/**
 * Each statement is named by a hash of its text, so two copies of the kit on one pool (a bundler's second copy) name
 * it alike. The kit's statements are a fixed set; a host's own SQL through the same client could vary without end,
 * so past a bound a new text goes unnamed rather than growing every connection's statement cache.
 */
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();
function namedStatement(text: string, params: readonly unknown[]): PgQueryConfig {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) statementNames.set(text, (name = `ak_${hash53(text)}`));
  return { name, text, values: [...params] };
}

/** cyrb53: a 53-bit string hash, enough to keep a few hundred names apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** `%`, `_` and `\` matched literally in an ILIKE pattern (the needle is still a parameter). */
export function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
