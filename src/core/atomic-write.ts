import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.js';
import { randomHex } from './random-hex.js';

/**
 * Writes via a unique temp file + rename: concurrent writers (worker threads in one process, two
 * CLIs at once) never see half a file, an interrupted write leaves none, and the last complete
 * write wins.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${randomHex(8)}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** writeAtomic for a file the user named: refuses to replace one unless asked, errors in one line. */
export function writeUserFile(file: string, content: string, { overwrite }: { overwrite: boolean }): void {
  const target = resolve(file);
  const existing = lstatSync(target, { throwIfNoEntry: false });
  // a rename would replace a FIFO, a device or a symlink itself, not write where it points
  if (existing && !existing.isFile()) throw new UserError(`${file} is not a regular file; choose another name`, 2);
  if (!overwrite && existing) {
    throw new UserError(`${file} already exists; pass --force to overwrite it`, 2);
  }
  try {
    writeAtomic(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new UserError(`Cannot write ${file}: ${code}`, 1);
    throw error;
  }
}
