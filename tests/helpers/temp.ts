import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** A fresh temp folder per call, removed after the current test. */
export function tempDir(prefix = 'brm-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The cache (PGlite snapshot, reference results) that test files share, so the snapshot is built
 * once per run. One per checkout: two worktrees with different snapshot formats would otherwise
 * replace each other's.
 */
const checkout = fileURLToPath(new URL('../..', import.meta.url));
export const sharedCacheDir = join(tmpdir(), `backend-roadmap-test-cache-${createHash('sha256').update(checkout).digest('hex').slice(0, 8)}`);
