import type { Express } from 'express';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/lib/logger.js';
import type { Database } from '../../src/db/types.js';
import { openTestDatabase } from './test-db.js';
import type { TestDatabase } from './test-db-types.js';

export interface TestApp {
  app: Express;
  db: Database;
  config: Config;
}

/** Fixed test settings: a cheap bcrypt cost and known secrets. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    JWT_SECRET: 'test-jwt-secret-that-is-at-least-32-characters',
    PAYMENT_WEBHOOK_SECRET: 'whsec_test_secret_0123456789',
    ...overrides,
  });
}

/**
 * Call at the top of a test file: one database per file (emptied before every
 * test) and an app wired to it. Skips the tests, with the reason, when the
 * global setup could not start a database.
 */
export function useTestApp(): TestApp {
  const info = inject('testDb');
  const ctx = {} as TestApp;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    if (info.skipReason) return;
    database = await openTestDatabase(info);
    ctx.db = database.db;
    ctx.config = testConfig();
    ctx.app = createApp({ db: ctx.db, config: ctx.config, logger: createLogger('silent') });
  });

  beforeEach(async (test) => {
    if (info.skipReason) test.skip(info.skipReason);
    await database?.reset();
  });

  afterAll(async () => {
    await database?.close();
  });

  return ctx;
}
