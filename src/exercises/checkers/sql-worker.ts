import { parentPort } from 'node:worker_threads';
import type { CheckResult } from '../types.js';
import { adoptCompiled, type SnapshotFiles } from './sql-pglite-assets.js';
import type { SqlJob } from './sql-run.js';
import { SqlSession } from './sql-session.js';

export interface SqlWorkerRequest {
  job: SqlJob;
  /** `exercise watch`: once the result is sent, make the database the next check will use */
  keepWarm: boolean;
  /** the snapshot's files, read and compiled by the main thread while this one started */
  files?: SnapshotFiles;
}
export type SqlWorkerReply = { ok: true; result: CheckResult } | { ok: false; message: string };

// The first job opens a database: load PGlite's JavaScript while its files are read.
void import('./sql-snapshot-fs.js').catch(() => undefined); // an error shows when the job imports it

/**
 * Worker-thread entry for SQL checks, one at a time. PGlite runs Postgres synchronously in WASM
 * and ignores statement_timeout, so an endless recursive query can only be stopped by terminating
 * the thread.
 */
const session = new SqlSession();
parentPort?.on('message', ({ job, keepWarm, files }: SqlWorkerRequest) => {
  if (files) adoptCompiled(files.wasm);
  void session
    .check(job, files && Promise.resolve(files))
    .then(
      (result): SqlWorkerReply => ({ ok: true, result }),
      (error: unknown): SqlWorkerReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .then((reply) => {
      parentPort?.postMessage(reply);
      if (keepWarm) session.prepare(job);
    });
});
