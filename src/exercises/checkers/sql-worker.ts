import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { CheckResult } from '../types.js';
import type { SqlJob } from './sql-run.js';
import { SqlSession } from './sql-session.js';

// PostgreSQL is a 9 MB WebAssembly module. V8 compiles it with its baseline compiler, then again
// with the optimising one in the background: a check is over long before that pays off, and on
// two cores that second compilation doubles a verify's CPU time. Read when the module is compiled.
setFlagsFromString('--liftoff-only');

export interface SqlWorkerRequest {
  job: SqlJob;
  /** `exercise watch`: once the result is sent, make the database the next check will use */
  keepWarm: boolean;
}
export type SqlWorkerReply = { ok: true; result: CheckResult } | { ok: false; message: string };

/**
 * Worker-thread entry for SQL checks, one at a time. PGlite runs Postgres synchronously in WASM
 * and ignores statement_timeout, so an endless recursive query can only be stopped by terminating
 * the thread.
 */
const session = new SqlSession();
parentPort?.on('message', ({ job, keepWarm }: SqlWorkerRequest) => {
  void session
    .check(job)
    .then(
      (result): SqlWorkerReply => ({ ok: true, result }),
      (error: unknown): SqlWorkerReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .then((reply) => {
      parentPort?.postMessage(reply);
      if (keepWarm) session.prepare(job);
    });
});
