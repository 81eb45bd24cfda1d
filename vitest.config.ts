import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // templates/ and curriculum/ hold other projects' tests; only ours run here
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/bare-invocation.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The end-to-end files mostly wait on the CLI's child processes: more workers than vitest's
    // default (cores - 1) keep the cores busy. On 2 cores, 3 workers: 342 s → 233 s.
    maxWorkers: Math.max(3, availableParallelism()),
  },
});
