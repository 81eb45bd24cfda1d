import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RenderedFile } from './render.js';

export interface WriteResult {
  written: string[];
  /** files that existed in the target and were replaced (only with --force) */
  overwritten: string[];
}

/**
 * Writes every file into a temp folder beside the target first, then moves it into place, so an
 * interrupted run never leaves a half-written project. Existing files outside the template are
 * never touched: this only adds or replaces the template's own files.
 */
export function writeProject(targetPath: string, files: RenderedFile[]): WriteResult {
  const staging = join(dirname(targetPath), `.${basename(targetPath)}.staging-${randomBytes(4).toString('hex')}`);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const file of files) {
      const path = join(staging, file.target);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      chmodSync(path, file.mode);
    }
    const written = files.map((f) => f.target);
    if (!existsSync(targetPath)) {
      renameSync(staging, targetPath); // one atomic step: the project appears whole or not at all
      return { written, overwritten: [] };
    }
    const overwritten = written.filter((rel) => existsSync(join(targetPath, rel)));
    for (const rel of written) {
      mkdirSync(dirname(join(targetPath, rel)), { recursive: true });
      renameSync(join(staging, rel), join(targetPath, rel));
    }
    return { written, overwritten };
  } finally {
    cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
