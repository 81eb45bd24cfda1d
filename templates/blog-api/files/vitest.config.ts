import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    pool: 'threads',
    // Test files share loaded modules inside a worker, which halves the run time
    // (the database driver is loaded once per worker, not once per file). That is
    // safe here because every file creates its own app and database and nothing
    // keeps global state. If you start using vi.mock() on modules, set it back to true.
    isolate: false,
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
