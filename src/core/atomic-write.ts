import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';

/** Writes via a temp file + rename, so an interrupted write never leaves a half-written file. */
export function writeFileAtomic(file: string, content: string, { overwrite }: { overwrite: boolean }): void {
  const target = resolve(file);
  if (!overwrite && existsSync(target)) {
    throw new UserError(`${file} already exists; pass --force to overwrite it`, 2);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new UserError(`Cannot write ${file}: ${code}`, 1);
    throw error;
  }
}
