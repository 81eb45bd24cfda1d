import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a cache file via a unique temp file + rename: concurrent writers (worker threads in one
 * process, two CLIs at once) never see half a file, and the last complete write wins.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}
