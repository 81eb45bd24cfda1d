import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { runSqlCheck, type SqlJob } from './sql-run.js';

// PostgreSQL is a 9 MB WebAssembly module. V8 compiles it with its baseline compiler, then again
// with the optimising one in the background: a check is over long before that pays off, and on
// two cores that second compilation doubles a verify's CPU time. Read when the module is compiled.
setFlagsFromString('--liftoff-only');

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
