import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RenderedFile } from './render.js';

export interface WriteResult {
  written: string[];
  /** files that existed in the target and were replaced (only with --force) */
  overwritten: string[];
  /** where the replaced files were moved, when any were */
  backup?: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Staging folders of earlier runs that were killed: their process is gone. */
function removeStaleStaging(parent: string, name: string): void {
  const prefix = `.${name}.staging-`;
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(entry.slice(prefix.length))?.[1]);
    if (entry.startsWith(prefix) && pid && !alive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** Creates the missing folders of `dir` below `root`, recording how to remove them again. */
function makeFolders(root: string, dir: string, undo: (() => void)[]): void {
  if (dir === root || existsSync(dir)) return;
  makeFolders(root, dirname(dir), undo);
  mkdirSync(dir);
  undo.push(() => rmdirSync(dir));
}

/**
 * Moves the staged files into an existing folder as one unit: each file it replaces goes to a backup
 * folder beside the target first. If any step fails, every step is undone in reverse (new files and
 * folders removed, replaced files put back) and the backup folder goes away again.
 */
function moveIntoExisting(staging: string, target: string, rels: string[]): { overwritten: string[]; backup?: string } {
  const backup = join(dirname(target), `${basename(target)}.backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const overwritten: string[] = [];
  const undo: (() => void)[] = [];
  try {
    for (const rel of rels) {
      const dest = join(target, rel);
      makeFolders(target, dirname(dest), undo);
      if (existsSync(dest)) {
        mkdirSync(dirname(join(backup, rel)), { recursive: true });
        renameSync(dest, join(backup, rel));
        undo.push(() => renameSync(join(backup, rel), dest));
        overwritten.push(rel);
      }
      renameSync(join(staging, rel), dest);
      undo.push(() => rmSync(dest, { force: true }));
    }
  } catch (error) {
    let undone = true;
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        undone = false; // keep undoing the rest, and keep the backup: it may hold the only copy
      }
    }
    if (undone) rmSync(backup, { recursive: true, force: true });
    throw error;
  }
  return { overwritten, ...(overwritten.length ? { backup } : {}) };
}

/**
 * Writes every file into a temp folder beside the target first, then moves it into place, so an
 * interrupted run never leaves a half-written project. Existing files outside the template are
 * never touched: this only adds or replaces the template's own files, keeping a backup of each one
 * it replaces. Staging folders left by a killed run are removed first.
 */
export function writeProject(targetPath: string, files: RenderedFile[]): WriteResult {
  removeStaleStaging(dirname(targetPath), basename(targetPath));
  // the pid keeps concurrent runs apart; the random part, two runs of one pid (no need for node:crypto)
  const staging = join(dirname(targetPath), `.${basename(targetPath)}.staging-${process.pid}-${Math.random().toString(16).slice(2, 10)}`);
  // (once renamed into place there is nothing left: skip rmSync, which loads Node's rimraf for nothing)
  const cleanup = () => existsSync(staging) && rmSync(staging, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const dir of new Set(files.map((file) => dirname(join(staging, file.target))))) mkdirSync(dir, { recursive: true });
    for (const file of files) {
      const path = join(staging, file.target);
      writeFileSync(path, file.content);
      chmodSync(path, file.mode);
    }
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
