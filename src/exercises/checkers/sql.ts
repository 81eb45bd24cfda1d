import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { seedFiles } from '../../curriculum/schema.js';
import type { CheckContext, CheckResult, Checker } from '../types.js';
import type { SqlJob } from './sql-run.js';
import { ensureSnapshot, snapshotPath } from './sql-snapshot.js';

// Cached reference results are only valid for the code that produced them: bump this whenever
// sql-schema.ts or sql-rows.ts change what they record (2: canonical index predicates; 3: serial and identity keys read alike). The package
// version is part of the key too, so an upgrade never compares against an older release's cache.
const CACHE_VERSION = '3';
const packageVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function buildJob(ctx: CheckContext, snapshot: string): SqlJob {
  const { exercise, exerciseDir } = ctx;
  const sql = exercise.sql;
  if (!sql) throw new Error(`Exercise ${exercise.id} uses the sql checker but has no sql: section`);
  const seed = seedFiles(exercise).map((file) => readFileSync(join(exerciseDir, file), 'utf8')).join('\n');
  const solutionSql = readFileSync(join(exerciseDir, exercise.solution), 'utf8');
  const key = createHash('sha256')
    .update(JSON.stringify([CACHE_VERSION, packageVersion, seed, solutionSql, sql.compare, sql.tables ?? null, sql.probe ?? null]))
    .digest('hex')
    .slice(0, 16);
  const resultsDir = join(ctx.cacheDir, 'sql-results');
  mkdirSync(resultsDir, { recursive: true });
  return {
    exerciseId: exercise.id,
    snapshot,
    seed,
    learnerSql: readFileSync(ctx.learnerFile, 'utf8'),
    learnerLabel: join(basename(dirname(ctx.learnerFile)), basename(ctx.learnerFile)),
    solutionSql,
    solutionCache: join(resultsDir, `${exercise.id}-${key}.json`),
    compare: sql.compare,
    ...(sql.tables ? { tables: sql.tables } : {}),
    ...(sql.probe ? { probe: sql.probe } : {}),
  };
}

type WorkerReply = { ok: true; result: CheckResult } | { ok: false; message: string };

function timedOut(ms: number): CheckResult {
  return {
    passed: false,
    cases: [],
    output: '',
    error: `Your SQL did not finish within ${Math.round(ms / 1000)} s and was stopped: a recursive query without an end condition, or a huge cross join?`,
  };
}

/** Runs the job in a worker thread, terminated after `timeoutMs`. */
function runInWorker(workerFile: string, job: SqlJob, timeoutMs: number): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(timedOut(timeoutMs))), timeoutMs);
    worker.once('message', (reply: WorkerReply) => {
      clearTimeout(timer);
      void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage(job);
  });
}

export const sqlChecker: Checker = {
  async run(ctx) {
    if (!existsSync(snapshotPath(ctx.cacheDir))) {
      ctx.notify?.('Setting up the embedded PostgreSQL for SQL checks (first time only, a few seconds)…');
    }
    const snapshot = await ensureSnapshot(ctx.cacheDir);
    const job = buildJob(ctx, snapshot);
    // Compiled builds ship sql-worker.js; unit tests run the .ts sources, where no worker file
    // exists and the check runs inline (without the timeout, which only a worker can enforce).
    const workerFile = fileURLToPath(new URL('./sql-worker.js', import.meta.url));
    if (existsSync(workerFile)) return runInWorker(workerFile, job, ctx.timeoutMs);
    const { runSqlCheck } = await import('./sql-run.js');
    return runSqlCheck(job);
  },
};
