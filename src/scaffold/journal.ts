import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { UserError } from '../core/errors.js';
import { processAlive } from '../core/process-alive.js';

/**
 * What a write into an existing folder is about to change, made durable before the first change.
 * Every change after it is one rename or mkdir, so a run killed at any point (SIGKILL, power cut)
 * leaves the folder as the journal describes plus some prefix of those steps; the next `new` on
 * that folder undoes them from the journal before it does anything else. Deleting the journal is
 * the commit: from then on the new files stand (the replaced ones stay in the backup folder).
 */
export interface Journal {
  pid: number;
  startedAt: string;
  /** template files that existed: each goes to `backup` before the new one takes its place */
  replaced: string[];
  /** template files that did not exist */
  added: string[];
  /** folders made for added files, parents first */
  createdDirs: string[];
  /** the backup folder beside the target */
  backup: string;
}

export interface Recovery {
  target: string;
  startedAt: string;
  /** replaced files put back from the backup */
  restored: number;
  /** files the interrupted run had added, removed again */
  removed: number;
}

/** Beside the target, like the staging and backup folders: one per target, found by name. */
export const journalPath = (target: string) => join(dirname(target), `.${basename(target)}.new-journal.json`);

/** Whether anything is at `path` (a file where a folder was expected on the way means no). */
function exists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw error;
  }
}

/** Makes a rename, link or unlink in `dir` durable (a no-op where folders cannot be opened, as on Windows). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: the ordering still holds for a killed process, only a power cut needs this
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes the journal whole or not at all: into `scratch` first (synced), then hard-linked to its
 * name, which also fails if another run's journal is there.
 */
export function writeJournal(target: string, journal: Journal, scratch: string): void {
  const temp = join(scratch, '.new-journal.json');
  const fd = openSync(temp, 'w');
  try {
    writeFileSync(fd, JSON.stringify(journal));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, journalPath(target));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`Another backend-roadmap new is writing into ${target}; wait for it to finish, then run this again`);
    throw error;
  }
  rmSync(temp, { force: true });
  syncDir(dirname(target));
}

/** The swap is complete: its folders synced, deleting the journal makes it the new state. */
export function commitJournal(target: string, dirs: Iterable<string>): void {
  for (const dir of dirs) syncDir(dir);
  rmSync(journalPath(target), { force: true });
  syncDir(dirname(target));
}

/**
 * Puts the target back as it was before the journal's run. Each step checks what is there first,
 * so running it again after it was itself interrupted finishes the job. A step that fails throws
 * and leaves journal and backup in place: the backup may hold the only copy of a file.
 */
export function rollBack(target: string, journal: Journal): Recovery {
  let removed = 0;
  let restored = 0;
  for (const rel of journal.added) {
    const path = join(target, rel);
    if (!exists(path)) continue;
    rmSync(path, { force: true });
    removed++;
  }
  for (const rel of journal.replaced) {
    const saved = join(journal.backup, rel);
    if (!exists(saved)) continue; // not moved yet: the old file never left
    renameSync(saved, join(target, rel));
    restored++;
  }
  for (const rel of [...journal.createdDirs].reverse()) {
    try {
      rmdirSync(join(target, rel));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error; // not empty: something else lives there now
    }
  }
  rmSync(journal.backup, { recursive: true, force: true }); // only folders are left in it
  rmSync(journalPath(target), { force: true });
  syncDir(dirname(target));
  return { target, startedAt: journal.startedAt, restored, removed };
}

const relative = (rel: unknown) => typeof rel === 'string' && rel !== '' && !isAbsolute(rel) && !rel.split(/[\\/]/).includes('..');

/** The journal beside `target`, checked: its paths stay inside the target and its backup beside it. */
function readJournal(target: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(journalPath(target), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const j = (() => {
    try {
      return JSON.parse(text) as Partial<Journal>;
    } catch {
      return undefined;
    }
  })();
  const lists = [j?.replaced, j?.added, j?.createdDirs];
  const backupOk = typeof j?.backup === 'string' && dirname(j.backup) === dirname(target) && basename(j.backup).startsWith(`${basename(target)}.backup-`);
  if (!j || typeof j.pid !== 'number' || typeof j.startedAt !== 'string' || !backupOk || !lists.every((l) => Array.isArray(l) && l.every(relative))) {
    throw new UserError(`${journalPath(target)} is not a journal this tool wrote; move it away and check ${target} by hand`);
  }
  return j as Journal;
}

/** Whether a run that changes `target` was interrupted and not yet undone. */
export const hasJournal = (target: string) => exists(journalPath(target));

/**
 * Undoes an interrupted run on `target`, if one left its journal. A recent journal whose process
 * still runs belongs to a run in progress: that is refused, never rolled back under it.
 */
export function recoverInterrupted(target: string): Recovery | undefined {
  const journal = readJournal(target);
  if (!journal) return undefined;
  // A swap takes a second at most: an older journal is a dead run's even if its pid is in use again.
  const recent = Date.now() - Date.parse(journal.startedAt) < 5 * 60_000;
  if (journal.pid !== process.pid && processAlive(journal.pid) && recent) {
    throw new UserError(`Another backend-roadmap new (process ${journal.pid}) is writing into ${target}; wait for it to finish, then run this again`);
  }
  if (!exists(target)) {
    // the folder itself is gone since: nothing to put back into; the backup folder stays as it is
    rmSync(journalPath(target), { force: true });
    return undefined;
  }
  return rollBack(target, journal);
}
