import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // templates/ and curriculum/ hold other projects' tests; only ours run here
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/bare-invocation.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
