import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Mutex } from '../lib/mutex.js';
import { assertNoOpenTransaction, runInsideTransaction } from './tx-guard.js';
import type { Database, DatabaseConfig, Queryable, SqlParam } from './types.js';

/**
 * SQLite through better-sqlite3: one synchronous connection. Every call goes through
 * a mutex so that a transaction (which awaits between statements) owns the
 * connection from BEGIN to COMMIT and no other request's statement lands inside it.
 */
export function openDatabase(config: Pick<DatabaseConfig, 'sqliteFile'>): Database {
  const file = config.sqliteFile;
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('foreign_keys = ON'); // off by default in SQLite
  sqlite.pragma('busy_timeout = 5000');
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  // Runs directly on the connection: used by transactions, which already hold the lock.
  const direct: Queryable = {
    all: async <T>(sql: string, params: readonly SqlParam[] = []) =>
      prepare(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlParam[] = []) =>
      prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => ({ changes: prepare(sql).run(...params).changes }),
    exec: async (script) => {
      sqlite.exec(script);
    },
  };

  const mutex = new Mutex();
  const handle: Database = {
    dialect: 'sqlite',
    all: (sql, params) => locked(() => direct.all(sql, params)),
    get: (sql, params) => locked(() => direct.get(sql, params)),
    run: (sql, params) => locked(() => direct.run(sql, params)),
    exec: (script) => locked(() => direct.exec(script)),
    transaction: (fn) =>
      locked(async () => {
        // IMMEDIATE takes the write lock now, so another process cannot sneak in between.
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await runInsideTransaction(handle, () => fn(direct));
          sqlite.exec('COMMIT');
          return result;
        } catch (err) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      mutex.runExclusive(() => {
        statements.clear();
        sqlite.close();
      }),
  };

  async function locked<T>(fn: () => Promise<T>): Promise<T> {
    assertNoOpenTransaction(handle);
    return mutex.runExclusive(fn);
  }

  return handle;
}

export function describeDatabase(config: Pick<DatabaseConfig, 'sqliteFile'>): string {
  return `SQLite (${config.sqliteFile})`;
}
