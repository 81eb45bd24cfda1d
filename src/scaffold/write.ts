import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { childPath } from '../core/paths.js';
import { processAlive } from '../core/process-alive.js';
import { randomHex } from '../core/random-hex.js';
import { commitJournal, rollBack, writeJournal, type Journal } from './journal.js';
import type { RenderedFile } from './render.js';

export interface WriteResult {
  written: string[];
  /** files that existed in the target and were replaced (only with --force) */
  overwritten: string[];
  /** where the replaced files were moved, when any were */
  backup?: string;
}

/** Staging folders of earlier runs that were killed: their process is gone. */
export function removeStaleStaging(parent: string, name: string): void {
  const prefix = `.${name}.staging-`;
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(entry.slice(prefix.length))?.[1]);
    if (entry.startsWith(prefix) && pid && !processAlive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** What moving `rels` into `target` will change, read before anything is: the journal's content. */
export function planSwap(target: string, rels: string[], backup: string): Journal {
  const replaced: string[] = [];
  const added: string[] = [];
  const createdDirs = new Set<string>();
  for (const rel of rels) {
    (existsSync(join(target, rel)) ? replaced : added).push(rel);
    const missing: string[] = [];
    for (let dir = dirname(rel); dir !== '.' && !existsSync(join(target, dir)); dir = dirname(dir)) missing.unshift(dir);
    for (const dir of missing) createdDirs.add(dir);
  }
  return { pid: process.pid, startedAt: new Date().toISOString(), replaced, added, createdDirs: [...createdDirs], backup };
}

/**
 * The swap as single steps, each one mkdir or rename: a folder the template needs, then per file
 * the replaced one to the backup folder and the staged one into place. A kill between any two is
 * what the journal's rollback undoes (the unit tests stop after each step in turn).
 */
export function swapSteps(staging: string, target: string, journal: Journal, rels: string[]): (() => void)[] {
  const replaced = new Set(journal.replaced);
  const steps = journal.createdDirs.map((dir) => () => mkdirSync(join(target, dir)));
  for (const rel of rels) {
    const saved = join(journal.backup, rel);
    if (replaced.has(rel)) steps.push(() => mkdirSync(dirname(saved), { recursive: true }), () => renameSync(join(target, rel), saved));
    steps.push(() => renameSync(join(staging, rel), join(target, rel)));
  }
  return steps;
}

/** The folders whose entries the swap changed: synced before the commit. */
const swappedDirs = (target: string, journal: Journal, rels: string[]) =>
  new Set([target, ...rels.map((rel) => dirname(join(target, rel))), ...journal.replaced.map((rel) => dirname(join(journal.backup, rel)))]);

/**
 * Moves the staged files into an existing folder as one unit: the journal first (see journal.ts),
 * then the steps, then the commit. A step that fails here is undone at once from the same journal;
 * a run killed anywhere is undone by the next one.
 */
function moveIntoExisting(staging: string, target: string, rels: string[]): { overwritten: string[]; backup?: string } {
  const backup = join(dirname(target), `${basename(target)}.backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const journal = planSwap(target, rels, backup);
  writeJournal(target, journal, staging);
  try {
    for (const step of swapSteps(staging, target, journal, rels)) step();
    commitJournal(target, swappedDirs(target, journal, rels));
  } catch (error) {
    try {
      rollBack(target, journal);
    } catch {
      // the journal and the backup stay: the next run finishes the rollback
    }
    throw error;
  }
  return { overwritten: journal.replaced, ...(journal.replaced.length ? { backup } : {}) };
}

/**
 * Writes every file into a temp folder beside the target first, then moves it into place, so an
 * interrupted run never leaves a half-written project. Existing files outside the template are
 * never touched: this only adds or replaces the template's own files, keeping a backup of each one
 * it replaces. Staging folders left by a killed run are removed first.
 */
export function writeProject(targetPath: string, files: RenderedFile[]): WriteResult {
  removeStaleStaging(dirname(targetPath), basename(targetPath));
  // the pid keeps concurrent runs apart; the random part, two runs of one pid
  const staging = join(dirname(targetPath), `.${basename(targetPath)}.staging-${process.pid}-${randomHex(4)}`);
  // (once renamed into place there is nothing left: skip rmSync, which loads Node's rimraf for nothing)
  const cleanup = () => existsSync(staging) && rmSync(staging, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const folderOf = (target: string) => {
      const slash = target.lastIndexOf('/');
      return slash === -1 ? staging : childPath(staging, target.slice(0, slash));
    };
    for (const dir of new Set(files.map((file) => folderOf(file.target)))) mkdirSync(dir, { recursive: true });
    // each with the template file's mode, less the learner's umask, as a copy would (and one call
    // per file, not two: creating files is most of the time a project takes)
    for (const file of files) writeFileSync(childPath(staging, file.target), file.content, { mode: file.mode });
    const written = files.map((f) => f.target);
    if (!existsSync(targetPath)) {
      renameSync(staging, targetPath); // one atomic step: the project appears whole or not at all
      return { written, overwritten: [] };
    }
    return { written, ...moveIntoExisting(staging, targetPath, written) };
  } finally {
    cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
