import { parentPort } from 'node:worker_threads';
import { runSqlCheck, type SqlJob } from './sql-run.js';

/**
 * Worker-thread entry for one SQL check. PGlite runs Postgres synchronously in WASM and ignores
 * statement_timeout, so an endless recursive query can only be stopped by terminating the thread.
 */
parentPort?.once('message', (job: SqlJob) => {
  runSqlCheck(job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
