import type { DB } from './schema.js';

/** What the rest of the app needs from a database, whichever engine is behind it. */
export interface DatabaseHandle {
  /** Typed query builder; every value is sent as a bound parameter. */
  db: DB;
  dialect: 'sqlite' | 'postgres';
  /** Folder holding this dialect's .sql migrations. */
  migrationsDir: string;
  /**
   * Runs a multi-statement SQL script (a migration file) on the connection used by `trx`.
   * Only for trusted files from migrations/, never for user input.
   */
  runScript(trx: DB, script: string): Promise<void>;
  close(): Promise<void>;
}
