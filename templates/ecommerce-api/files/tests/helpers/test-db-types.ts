import type { Database } from '../../src/db/types.js';

/** What global-setup.ts prepared, handed to every test file with inject('testDb'). */
export interface TestDbInfo {
  /** Printed once at the start of the run: which database the suite uses. */
  label: string;
  /** Set when no database could be started: database suites are skipped with this reason. */
  skipReason: string | null;
  /** PGlite only: a migrated data directory to start each test file from. */
  snapshotFile: string | null;
}

/** One database for one test file: emptied before each test, closed at the end. */
export interface TestDatabase {
  db: Database;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface PreparedTestDatabases {
  info: TestDbInfo;
  teardown(): Promise<void>;
}
