import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fingerprint } from '../../core/fingerprint.js';
import { seedFiles } from '../../curriculum/seed-files.js';
import type { CheckContext, CheckResult, Checker, Warm } from '../types.js';
import type { SqlJob } from './sql-run.js';
import { readSnapshotFiles } from './sql-pglite-assets.js';
import type { SqlSession } from './sql-session.js';
import { ensureSnapshot, snapshotSetupIsSlow } from './sql-snapshot.js';
import type { SqlWorkerReply, SqlWorkerRequest } from './sql-worker.js';

// Cached reference results are only valid for the code that produced them: bump this whenever
// sql-schema.ts or sql-rows.ts change what they record (2: canonical index predicates; 3: serial and identity keys read alike). The package
// version is part of the key too, so an upgrade never compares against an older release's cache.
const CACHE_VERSION = '3';
const packageVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** What the worker needs for one check, read from the exercise and the learner file. */
export function sqlJob(ctx: CheckContext, snapshot: string): SqlJob {
  const { exercise, exerciseDir } = ctx;
  const sql = exercise.sql;
  if (!sql) throw new Error(`Exercise ${exercise.id} uses the sql checker but has no sql: section`);
  const seed = seedFiles(exercise).map((file) => readFileSync(join(exerciseDir, file), 'utf8')).join('\n');
  const solutionSql = readFileSync(join(exerciseDir, exercise.solution), 'utf8');
  // the cache file's name: a fingerprint of everything the cached result depends on
  const key = fingerprint(Buffer.from(JSON.stringify([CACHE_VERSION, packageVersion, seed, solutionSql, sql.compare, sql.tables ?? null, sql.probe ?? null]))).replace(':', '-');
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

/** The buffers to move to the worker rather than copy: those that are a whole ArrayBuffer (not a slice of Node's pool). */
const movable = (...views: Uint8Array[]) =>
  views.filter((v) => v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.buffer instanceof ArrayBuffer).map((v) => v.buffer as ArrayBuffer);

function timedOut(ms: number): CheckResult {
  return {
    passed: false,
    cases: [],
    output: '',
    error: `Your SQL did not finish within ${Math.round(ms / 1000)} s and was stopped: a recursive query without an end condition, or a huge cross join?`,
  };
}

/** Runs SQL checks one at a time; kept by `exercise watch` between them (`keepWarm`: with the next database ready). */
interface SqlRunner extends Warm {
  /** `running`: called once the check runs in a thread of its own */
  check(job: SqlJob, timeoutMs: number, running?: () => void): Promise<CheckResult>;
}

/** A worker thread that runs SQL checks, terminated when one takes longer than its timeout. */
class SqlWorker implements SqlRunner {
  #worker?: Worker;

  constructor(
    private readonly file: string,
    private readonly keepWarm: boolean,
  ) {}

  check(job: SqlJob, timeoutMs: number, running?: () => void): Promise<CheckResult> {
    // A new thread takes a while to start: its first database's files are read and compiled here
    // meanwhile (on libuv's and V8's threads), then handed over. Both cores are busy until it is
    // online: only then is the check "running" (the CLI's report loading would slow its start).
    const files = this.#worker ? undefined : readSnapshotFiles(job.snapshot).catch(() => undefined);
    if (this.#worker) running?.();
    const worker = (this.#worker ??= new Worker(this.file).once('online', () => running?.()));
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        worker.off('message', onReply).off('error', onError).off('exit', onExit);
      };
      const timer = setTimeout(() => {
        settle();
        void this.close().then(() => resolve(timedOut(timeoutMs)));
      }, timeoutMs);
      const onReply = (reply: SqlWorkerReply) => {
        settle();
        if (reply.ok) resolve(reply.result);
        else reject(new Error(reply.message));
      };
      const onError = (error: Error) => {
        settle();
        void this.close();
        reject(error);
      };
      // the watch ended (close) or the thread died: the check has no result
      const onExit = (code: number) => {
        settle();
        this.#worker = undefined;
        reject(new Error(`The SQL check stopped before it finished (worker exit code ${code})`));
      };
      worker.on('message', onReply).on('error', onError).on('exit', onExit);
      void Promise.resolve(files).then((read) => {
        const request: SqlWorkerRequest = { job, keepWarm: this.keepWarm, ...(read ? { files: read } : {}) };
        worker.postMessage(request, read ? movable(read.archive, read.fsBundle) : []);
      });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }
}

/**
 * Where the worker's code is: a build has the bundled one (scripts/bundle.mjs: one CommonJS file,
 * the quickest to start) and the compiled ES module. Unit tests run the .ts sources, which have
 * neither: checks run inline there (InlineSql), without a timeout.
 */
const WORKER_FILES = [new URL('../../bundle/sql-worker.cjs', import.meta.url), new URL('./sql-worker.js', import.meta.url)].map((url) => fileURLToPath(url));

/** The checks run in this thread, for the unit tests (see WORKER_FILES). */
class InlineSql implements SqlRunner {
  #session?: SqlSession;

  constructor(private readonly keepWarm: boolean) {}

  async check(job: SqlJob): Promise<CheckResult> {
    const { SqlSession } = await import('./sql-session.js');
    const session = (this.#session ??= new SqlSession());
    try {
      return await session.check(job);
    } finally {
      if (this.keepWarm) session.prepare(job);
    }
  }

  async close(): Promise<void> {
    await this.#session?.close();
  }
}

export const sqlChecker: Checker = {
  async run(ctx) {
    if (snapshotSetupIsSlow(ctx.cacheDir)) {
      ctx.notify?.('Setting up the embedded PostgreSQL for SQL checks (first time only, a few seconds)…');
    }
    const snapshot = await ensureSnapshot(ctx.cacheDir);
    const job = sqlJob(ctx, snapshot);
    const keepWarm = Boolean(ctx.warm);
    const runner = (): SqlRunner => {
      const workerFile = WORKER_FILES.find((file) => existsSync(file));
      return workerFile ? new SqlWorker(workerFile, keepWarm) : new InlineSql(keepWarm);
    };
    if (ctx.warm) return ctx.warm.get('sql', runner).check(job, ctx.timeoutMs, ctx.running);
    const once = runner();
    try {
      return await once.check(job, ctx.timeoutMs, ctx.running);
    } finally {
      void once.close();
    }
  },
};
