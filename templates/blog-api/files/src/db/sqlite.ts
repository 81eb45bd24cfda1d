import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DatabaseHandle } from './handle.js';
import type { Database as Schema } from './schema.js';

/** migrations/sqlite, found relative to this file (works from src/ and dist/). */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/sqlite', import.meta.url));

export interface OpenDatabaseOptions {
  /** File path, or ':memory:' for a throw-away database (tests). */
  sqliteFile: string;
}

/** Opens the SQLite database through better-sqlite3 and wraps it in Kysely. */
export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const file = options.sqliteFile;
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sqlite = new Database(file);
  sqlite.pragma('foreign_keys = ON'); // SQLite leaves foreign keys off unless asked
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');

  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    migrationsDir: MIGRATIONS_DIR,
    // better-sqlite3 has a single connection, so exec() runs inside Kysely's open transaction.
    runScript: async (_trx, script) => {
      sqlite.exec(script);
    },
    close: () => db.destroy(), // also closes the better-sqlite3 connection
  };
}

export function describeDatabase(options: OpenDatabaseOptions): string {
  return `SQLite (${options.sqliteFile})`;
}
