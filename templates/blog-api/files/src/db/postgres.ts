import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from './handle.js';
import type { Database as Schema } from './schema.js';

/** migrations/postgres, found relative to this file (works from src/ and dist/). */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/postgres', import.meta.url));

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
}

/**
 * The part of a `pg.Pool` that Kysely's PostgresDialect uses. The tests pass a
 * small PGlite-backed object with the same shape, so the app code is identical.
 */
export type PoolLike = ConstructorParameters<typeof PostgresDialect>[0]['pool'];

/** Wraps any pg-compatible pool in Kysely and the app's DatabaseHandle. */
export function fromPool(pool: PoolLike, close: () => Promise<void>): DatabaseHandle {
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    migrationsDir: MIGRATIONS_DIR,
    // A query with no parameters goes over the simple query protocol, which accepts
    // several statements; it runs on the transaction's own connection.
    runScript: async (trx, script) => {
      await sql.raw(script).execute(trx);
    },
    close: async () => {
      await db.destroy(); // ends the pool
      await close();
    },
  };
}

/** Connects to PostgreSQL with `pg` using DATABASE_URL. */
export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  if (!options.databaseUrl) {
    throw new Error(
      'DATABASE_URL is not set. Example: postgres://blog:blog@localhost:5432/blog (see .env.example)',
    );
  }
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  return fromPool(pool, async () => {});
}

export function describeDatabase(options: OpenDatabaseOptions): string {
  if (!options.databaseUrl) return 'PostgreSQL (DATABASE_URL not set)';
  const url = new URL(options.databaseUrl);
  return `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`; // no password in logs
}
