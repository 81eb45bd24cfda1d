import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db.js';

/** How many backups of progress.db are kept in `<data>/backups/`; older ones are removed. */
export const BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReason = 'daily' | 'before-migration' | 'before-import' | 'before-restore';

export interface BackupEntry {
  name: string;
  path: string;
  bytes: number;
  at: Date;
}

export const backupsDir = (dbFile: string): string => join(dirname(dbFile), 'backups');

/** Newest first. Names sort by time: `progress-<UTC time>-<reason>.db`. */
export function listBackups(dbFile: string): BackupEntry[] {
  const dir = backupsDir(dbFile);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^progress-.+\.db$/.test(n));
  } catch {
    return [];
  }
  return names
    .sort()
    .reverse()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return { name, path: join(dir, name), bytes: stat.size, at: stat.mtime };
    });
}

/**
 * Copies the database with SQLite's online backup (consistent even while another process writes)
 * to a temp name first, so an interrupted backup never looks like a good one.
 */
export async function takeBackup(db: Db, dbFile: string, reason: BackupReason, now = new Date()): Promise<string> {
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `progress-${now.toISOString().replaceAll(':', '-')}-${reason}.db`);
  const temp = `${target}.tmp`;
  try {
    await db.backup(temp);
    standalone(temp);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}

/** Keeps the newest BACKUPS_KEPT backups (and removes temp files of interrupted ones). */
export function pruneBackups(dbFile: string): void {
  const dir = backupsDir(dbFile);
  for (const old of listBackups(dbFile).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
  try {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.db.tmp'))) rmSync(join(dir, name), { force: true });
  } catch {
    // no backups folder yet
  }
}

/** At most one daily backup: decided from the newest backup's mtime, never by reading the database. */
export function dailyBackupDue(dbFile: string, now = Date.now()): boolean {
  const newest = listBackups(dbFile)[0];
  return !newest || now - newest.at.getTime() >= DAY_MS;
}

/** A copy of a WAL database is in WAL mode too; switch it back so reading it leaves no -wal/-shm files. */
function standalone(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
