import { openDatabase } from '../../src/db/sqlite.js';
import type { DatabaseHandle } from '../../src/db/handle.js';
import { migrate } from '../../src/db/migrate.js';

/** A fresh in-memory SQLite database with all migrations applied. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const handle = openDatabase({ sqliteFile: ':memory:' });
  await migrate(handle);
  return handle;
}

export function testDatabaseLabel(): string {
  return 'SQLite in memory (better-sqlite3)';
}

/** Nothing to prepare: an in-memory SQLite database opens in a millisecond. */
export async function prepareTestDatabases(): Promise<void> {}
