import pg from 'pg';
import { assertNoOpenTransaction, runInsideTransaction } from './tx-guard.js';
import type { Database, DatabaseConfig, Queryable, SqlParam } from './types.js';

interface PgResult {
  rows: unknown[];
  rowCount: number | null;
}

/** The part of a pg client we use. */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<PgResult>;
  release(): void;
}

/**
 * The part of a `pg.Pool` we use. The tests pass a PGlite-backed object of the
 * same shape (tests/helpers/pglite-pool.ts), so this adapter is what they exercise.
 */
export interface PgPoolLike {
  query(text: string, values?: unknown[]): Promise<PgResult>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
}

/** Connects to PostgreSQL with `pg` using DATABASE_URL. */
export function openDatabase(config: Pick<DatabaseConfig, 'databaseUrl'>): Database {
  if (!config.databaseUrl) {
    throw new Error(
      'DATABASE_URL is not set. Example: postgres://shop:shop@localhost:5432/shop (see .env.example)',
    );
  }
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
  return fromPool({
    query: (text, values) => pool.query(text, values),
    connect: () => pool.connect(),
    end: () => pool.end(),
  });
}

/** Wraps any pg-compatible pool in the app's Database interface. */
export function fromPool(pool: PgPoolLike): Database {
  const onClient = (client: Pick<PgClientLike, 'query'>): Queryable => ({
    all: async <T>(sql: string, params: readonly SqlParam[] = []) =>
      (await client.query(toPgPlaceholders(sql), [...params])).rows as T[],
    get: async <T>(sql: string, params: readonly SqlParam[] = []) =>
      (await client.query(toPgPlaceholders(sql), [...params])).rows[0] as T | undefined,
    run: async (sql, params = []) => ({
      changes: (await client.query(toPgPlaceholders(sql), [...params])).rowCount ?? 0,
    }),
    // No parameters: pg uses the simple query protocol, which accepts several statements.
    exec: async (script) => {
      await client.query(script);
    },
  });

  const onPool = onClient(pool);
  // Outside a transaction each query borrows any pooled connection.
  const guarded = async <T>(fn: () => Promise<T>): Promise<T> => {
    assertNoOpenTransaction(handle);
    return fn();
  };
  const handle: Database = {
    dialect: 'postgres',
    all: (sql, params) => guarded(() => onPool.all(sql, params)),
    get: (sql, params) => guarded(() => onPool.get(sql, params)),
    run: (sql, params) => guarded(() => onPool.run(sql, params)),
    exec: (script) => guarded(() => onPool.exec(script)),
    transaction: async (fn) => {
      assertNoOpenTransaction(handle);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await runInsideTransaction(handle, () => fn(onClient(client)));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return handle;
}

const converted = new Map<string, string>();

/**
 * Turns `?` placeholders into PostgreSQL's `$1, $2, ...` so both adapters share
 * the same SQL. Question marks inside '...' string literals are left alone.
 */
export function toPgPlaceholders(sql: string): string {
  const cached = converted.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let index = 0;
  let inString = false;
  for (const ch of sql) {
    if (ch === "'") inString = !inString;
    out += ch === '?' && !inString ? `$${++index}` : ch;
  }
  converted.set(sql, out);
  return out;
}

export function describeDatabase(config: Pick<DatabaseConfig, 'databaseUrl'>): string {
  if (!config.databaseUrl) return 'PostgreSQL (DATABASE_URL not set)';
  const url = new URL(config.databaseUrl);
  // Never log the password.
  return `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`;
}
