import { mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `check` with a fresh temp folder of its own (the learner code's TMPDIR), removed afterwards.
 * Mostly nothing was written there: an empty folder goes with one rmdir, without loading Node's
 * recursive remover (several ms of a verify).
 */
export async function withCheckTempDir<T>(check: (tempDir: string) => Promise<T>): Promise<T> {
  const tempDir = mkdtempSync(join(tmpdir(), 'backend-roadmap-check-'));
  try {
    return await check(tempDir);
  } finally {
    try {
      rmdirSync(tempDir);
    } catch {
      rmSync(tempDir, { recursive: true, force: true });
    }
  }
}
