import { openDatabase } from '../../src/db/sqlite.js';
import { migrate } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/types.js';
import type { PreparedTestDatabases, TestDatabase, TestDbInfo } from './test-db-types.js';

export async function prepareTestDatabases(): Promise<PreparedTestDatabases> {
  return {
    info: {
      label: 'SQLite in memory (better-sqlite3), one database per test file',
      skipReason: null,
      snapshotFile: null,
    },
    teardown: async () => {},
  };
}

/** A fresh in-memory database with every migration applied. */
export async function openTestDatabase(_info: TestDbInfo): Promise<TestDatabase> {
  const db = openDatabase({ sqliteFile: ':memory:' });
  await migrate(db);
  return { db, reset: () => deleteAllRows(db), close: () => db.close() };
}

async function deleteAllRows(db: Database): Promise<void> {
  const tables = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
  );
  await db.transaction(async (tx) => {
    await tx.exec('PRAGMA defer_foreign_keys = ON'); // check foreign keys at COMMIT, when all is gone
    for (const { name } of tables) await tx.run(`DELETE FROM "${name}"`);
  });
}
