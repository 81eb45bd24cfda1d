import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, onTestFinished } from 'vitest';

/** Folders made outside a test (in a hook, for several tests): removed after the test file. */
const madeByHooks = new Set<string>();
const remove = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
// registered as this module loads, while the importing test file is collected (after-hooks run in
// reverse order: this one last)
afterAll(() => madeByHooks.forEach(remove));

/** A fresh temp folder per call, removed once the test that made it finishes (or after its file). */
export function tempDir(prefix = 'brm-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    madeByHooks.add(dir); // onTestFinished has no test to attach to in a hook
  }
  return dir;
}

/**
 * The cache (PGlite snapshot, reference results) that test files share, so the snapshot is built
 * once per run. One per checkout: two worktrees with different snapshot formats would otherwise
 * replace each other's.
 */
const checkout = fileURLToPath(new URL('../..', import.meta.url));
export const sharedCacheDir = join(tmpdir(), `backend-roadmap-test-cache-${createHash('sha256').update(checkout).digest('hex').slice(0, 8)}`);
