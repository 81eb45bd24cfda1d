import { lstatSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { databasePath } from '../core/paths.js';
import type { BackupReason } from './backups.js';
import type { Db } from './db.js';

// The one piece of process-wide state: the open database handle.
let handle: { db: Db; file: string } | undefined;

/**
 * Opens the learner's progress database once per process (better-sqlite3 is loaded only here).
 * A database that needs a migration is backed up first.
 */
export async function openStore(): Promise<Db> {
  if (!handle) {
    const [{ connect, migrate, schemaVersion, latestVersion }, file] = await Promise.all([import('./db.js'), databasePath()]);
    const db = connect(file);
    try {
      const version = schemaVersion(db);
      if (!db.readonly && version > 0 && version < latestVersion()) await backupNow(db, file, 'before-migration');
      migrate(db, file);
    } catch (error) {
      db.close();
      throw error;
    }
    handle = { db, file };
  }
  return handle.db;
}

/**
 * The store when its database exists, else undefined: commands that only read (or that need a
 * profile, which a missing database cannot hold) never create the data folder or the database.
 */
export async function openStoreIfExists(): Promise<Db | undefined> {
  if (!handle && nothingYet(await databasePath())) return undefined;
  return openStore();
}

/** No data folder, or one without a database. Anything else (a folder that is a file…) opens, or fails saying why. */
function nothingYet(file: string): boolean {
  const dir = dirname(file);
  if (!lstatSync(dir, { throwIfNoEntry: false })) return true;
  return Boolean(statSync(dir, { throwIfNoEntry: false })?.isDirectory()) && !lstatSync(file, { throwIfNoEntry: false });
}

/** The path of the open database (after openStore). */
export function storeFile(): string | undefined {
  return handle?.file;
}

export async function backupNow(db: Db, file: string, reason: BackupReason): Promise<string> {
  const { takeBackup, pruneBackups } = await import('./backups.js');
  const path = await takeBackup(db, file, reason);
  pruneBackups(file);
  return path;
}

/**
 * Closes the database. When this process wrote to it and the newest backup is a day old, the
 * daily backup is taken first (asynchronously: the process exits once it is done).
 */
export function closeStore(): void {
  const current = handle;
  handle = undefined;
  if (!current) return;
  const { db, file } = current;
  if (db.readonly || !wrote(db)) {
    db.close();
    return;
  }
  void import('./backups.js')
    .then(({ dailyBackupDue }) => (dailyBackupDue(file) ? backupNow(db, file, 'daily') : undefined))
    .catch((error: Error) => process.stderr.write(`warning: no daily backup of ${file}: ${error.message}\n`))
    .finally(() => db.close());
}

function wrote(db: Db): boolean {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n > 0;
}
