import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Prints which database the suite runs against and prepares it once.
    globalSetup: ['tests/global-setup.ts'],
    // Files share a worker thread one after another instead of each getting a fresh
    // process: much faster start-up. Tests do not rely on module state, and every
    // test starts from an emptied database (tests/helpers/app.ts).
    pool: 'threads',
    isolate: false,
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
