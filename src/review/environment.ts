import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { ProjectInfo } from './project.js';

// Fresh, throw-away settings for one review run: a free port, a new JWT secret and an empty
// database, so a run never depends on (or damages) the learner's own data.

export interface ReviewEnvironment {
  env: NodeJS.ProcessEnv;
  /** e.g. "SQLite file in /tmp/…", "embedded PostgreSQL (PGlite)", "your DATABASE_URL" */
  database: string;
  /** a temp folder removed by cleanup() */
  scratch: string;
  cleanup(): Promise<void>;
}

export interface EnvironmentOptions {
  port: number;
  /** documented settings from stages.yaml (only used when the learner has not set them) */
  extra: Record<string, string>;
  cacheDir: string;
  /** the learner's environment (process.env); their DATABASE_URL is respected */
  base?: NodeJS.ProcessEnv;
}

/** `.venv/bin` and `node_modules/.bin` of the project first, so `uvicorn` / `tsx` resolve like in its own shell. */
export function projectPath(dir: string, current = process.env.PATH ?? ''): string {
  const bins = [
    process.platform === 'win32' ? join(dir, '.venv', 'Scripts') : join(dir, '.venv', 'bin'),
    join(dir, 'node_modules', '.bin'),
  ].filter((p) => existsSync(p));
  return [...bins, current].filter(Boolean).join(delimiter);
}

async function embeddedPostgres(cacheDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const [{ ensureSnapshot, openFromSnapshot }, { servePglite }] = await Promise.all([
    import('../exercises/checkers/sql-snapshot.js'),
    import('./pglite-server.js'),
  ]);
  const db = await openFromSnapshot(await ensureSnapshot(cacheDir));
  const server = await servePglite(db);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await db.close(); // without it the process lingers ~10 s
    },
  };
}

export async function prepareEnvironment(info: ProjectInfo, opts: EnvironmentOptions): Promise<ReviewEnvironment> {
  const base = opts.base ?? process.env;
  const scratch = mkdtempSync(join(tmpdir(), 'brm-review-'));
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(scratch, { recursive: true, force: true })];
  const env: NodeJS.ProcessEnv = { ...base };
  // `{{scratch}}` in a stage file's env is this run's temp folder (e.g. USERS_FILE for a CLI)
  for (const [k, v] of Object.entries(opts.extra)) env[k] ??= v.replaceAll('{{scratch}}', scratch);
  Object.assign(env, {
    PATH: projectPath(info.dir, base.PATH),
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    // production: what a deployed server does (no dev-only stack pages); the secret below satisfies it
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(36).toString('base64url'), // 48 characters
    PYTHONUNBUFFERED: '1',
  });
  let database = 'none';
  if (info.db === 'postgres') {
    if (base.DATABASE_URL) database = 'your DATABASE_URL';
    else {
      const pg = await embeddedPostgres(opts.cacheDir);
      env.DATABASE_URL = pg.url;
      cleanups.unshift(pg.close);
      database = 'embedded PostgreSQL (PGlite), empty';
    }
  } else {
    env.SQLITE_FILE = join(scratch, 'review.db');
    env.DATABASE_PATH = env.SQLITE_FILE; // the other common name (the chat server's)
    env.DATABASE_URL = `sqlite:///${env.SQLITE_FILE.replace(/\\/g, '/')}`; // for projects that read a URL
    database = `SQLite file ${env.SQLITE_FILE}, empty`;
  }
  return {
    env,
    scratch,
    database,
    cleanup: async () => {
      for (const c of cleanups) await c().catch(() => undefined);
    },
  };
}
