import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { backupsDir, listBackups, pruneBackups, takeBackup } from './backups.js';
import { latestVersion, schemaVersion } from './db.js';

/** A backup named as `--list` shows it, or any path to a database file. */
export function findBackup(dbFile: string, name: string): string {
  const candidates = [join(backupsDir(dbFile), basename(name)), resolve(name)];
  const found = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) throw new UserError(`No backup named ${name}`, 2, 'See them with: backend-roadmap progress restore --list');
  return found;
}

/** Checked in full before anything is replaced: restoring is rare, so reading the whole file is fine. */
function openVerified(source: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    const version = schemaVersion(db);
    if (version > latestVersion()) throw new Error(`written by a newer backend-roadmap (schema ${version})`);
    if (version === 0) throw new Error('not a backend-roadmap database');
    return db;
  } catch (error) {
    db?.close();
    throw new UserError(`${source} cannot be restored: ${(error as Error).message}. Nothing was changed.`);
  }
}

/**
 * Puts a backup in place of the progress database, after backing up the current one (as SQLite
 * if it still opens, else byte for byte). Returns where the current database was saved.
 */
export async function restoreBackup(dbFile: string, source: string): Promise<string | undefined> {
  const backup = openVerified(source);
  try {
    const saved = existsSync(dbFile) ? await saveCurrent(dbFile) : undefined;
    try {
      // the online backup API writes into the live file under SQLite's locks, WAL included
      await backup.backup(dbFile);
    } catch (error) {
      if (!/NOTADB|CORRUPT/.test((error as { code?: string }).code ?? '')) throw error;
      // the current file is not a database SQLite can write into: replace it whole
      const temp = `${dbFile}.restore.tmp`;
      copyFileSync(source, temp);
      for (const side of ['-wal', '-shm']) rmSync(dbFile + side, { force: true });
      renameSync(temp, dbFile);
    }
    pruneBackups(dbFile);
    return saved;
  } finally {
    backup.close();
  }
}

async function saveCurrent(dbFile: string): Promise<string> {
  try {
    const current = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return await takeBackup(current, dbFile, 'before-restore');
    } finally {
      current.close();
    }
  } catch {
    const raw = join(backupsDir(dbFile), `progress-${new Date().toISOString().replaceAll(':', '-')}-before-restore-raw.db`);
    mkdirSync(backupsDir(dbFile), { recursive: true });
    copyFileSync(dbFile, raw);
    return raw;
  }
}

export { listBackups };
