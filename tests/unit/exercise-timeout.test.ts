import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { CheckContext } from '../../src/exercises/types.js';

// The checker is replaced: these tests are about the limit verify hands it, not about running code.
const seen: CheckContext[] = [];
vi.mock('../../src/exercises/registry.js', () => ({
  loadChecker: async () => ({
    run: async (ctx: CheckContext) => {
      seen.push(ctx);
      return { passed: false, cases: [{ name: 'c', passed: false }], output: '' };
    },
  }),
}));

const { loadTrackExercises, trackExercises } = await import('../../src/exercises/catalog.js');
const { DEFAULT_TIMEOUT_MS, verifyExercise } = await import('../../src/exercises/verify.js');
const { startExercise } = await import('../../src/exercises/workspace-files.js');
const { openDatabase } = await import('../../src/store/db.js');
const { tempDir } = await import('../helpers/temp.js');

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

async function verifyWith(timeout: { exercise?: number; flag?: number }) {
  const sum = (await loadTrackExercises('node', root)).find((e) => e.id === 'fx-sum')!;
  const exercise = timeout.exercise ? { ...sum, timeoutMs: timeout.exercise } : sum;
  const workspace = tempDir();
  startExercise(exercise, workspace);
  const opts = { workspace, cacheDir: tempDir(), refs: await trackExercises('node', root), ...(timeout.flag ? { timeoutMs: timeout.flag } : {}) };
  await verifyExercise(openDatabase(join(tempDir(), 'progress.db')), exercise, opts);
  return seen.at(-1)!.timeoutMs;
}

describe('the time limit verify gives a checker', () => {
  it("is the checker's default when the exercise sets none", async () => {
    expect(await verifyWith({})).toBe(DEFAULT_TIMEOUT_MS['node-test']);
  });

  it("is the exercise's timeoutMs when it sets one (a test that runs several suites)", async () => {
    expect(await verifyWith({ exercise: 20_000 })).toBe(20_000);
  });

  it('is the --timeout flag above all', async () => {
    expect(await verifyWith({ exercise: 20_000, flag: 3_000 })).toBe(3_000);
  });
});
