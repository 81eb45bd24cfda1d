import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/handle.js';
import type { DB } from '../../src/db/schema.js';
import type { Logger } from '../../src/lib/logger.js';
import { openTestDatabase } from './test-db.js';

export interface TestContext {
  app: Express;
  handle: DatabaseHandle;
  config: AppConfig;
  /** Errors the app logged (500s), for assertions instead of console noise. */
  loggedErrors: unknown[];
  /** Another app over the same database (or another `db`), e.g. with a lower rate limit. */
  appWith(envOverrides: NodeJS.ProcessEnv, db?: DB): Express;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789abcdef',
    BCRYPT_ROUNDS: '4', // fast hashing in tests; production default is 12
    AUTH_RATE_LIMIT_MAX: '1000',
    ...overrides,
  });
}

/** One database + app per test file; call reset() in beforeEach. */
export async function createTestContext(
  envOverrides: NodeJS.ProcessEnv = {},
): Promise<TestContext> {
  const handle = await openTestDatabase();
  const config = testConfig(envOverrides);
  const loggedErrors: unknown[] = [];
  const logger: Logger = { info() {}, warn() {}, error: (_m, err) => loggedErrors.push(err) };
  return {
    app: createApp({ db: handle.db, config, logger }),
    handle,
    config,
    loggedErrors,
    appWith: (more, db = handle.db) =>
      createApp({ db, config: testConfig({ ...envOverrides, ...more }), logger }),
    reset: () => clearTables(handle.db),
    close: () => handle.close(),
  };
}

/** Deletes every row (children first), so each test starts from an empty database. */
async function clearTables(db: DB): Promise<void> {
  for (const table of [
    'comments',
    'post_tags',
    'post_categories',
    'posts',
    'tags',
    'categories',
    'refresh_tokens',
    'users',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}

export interface TestUser {
  id: number;
  username: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `{ Authorization: 'Bearer …' }` */
  auth: { Authorization: string };
}

export async function registerUser(app: Express, username = 'alice'): Promise<TestUser> {
  const email = `${username}@example.com`;
  const password = 'correct horse battery staple';
  const res = await request(app).post('/api/auth/register').send({ email, username, password });
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { user, tokens } = res.body.data;
  return {
    id: user.id,
    username,
    email,
    password,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    auth: { Authorization: `Bearer ${tokens.accessToken}` },
  };
}

export interface PostFields {
  title?: string;
  body?: string;
  status?: 'draft' | 'published';
  tags?: string[];
  categoryIds?: number[];
}

export async function createPost(app: Express, user: TestUser, fields: PostFields = {}) {
  const res = await request(app)
    .post('/api/posts')
    .set(user.auth)
    .send({ title: 'Hello world', body: 'First post body', status: 'published', ...fields });
  if (res.status !== 201)
    throw new Error(`create post failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: number; title: string; status: string };
}
