import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiles the CLI once (into a temp folder) so the e2e tests run the real built program.
    globalSetup: ['tests/helpers/build-cli.ts'],
    environment: 'node',
    testTimeout: 15_000,
    hookTimeout: 60_000,
  },
});
