import type { PGlite } from '@electric-sql/pglite';
import type { CheckResult } from '../types.js';
import { openSeeded, runSqlCheck, type SqlJob } from './sql-run.js';
import { publicTables } from './sql-schema.js';

type Spare = { key: string; db: Promise<PGlite> };

const spareKey = (job: SqlJob) => JSON.stringify([job.snapshot, job.seed]);

/**
 * What every check starts with, done in advance on the spare: loading PL/pgSQL (the second dataset
 * is applied in a DO block) and reading the catalog for the table list. Neither changes anything
 * a query can see; together they are about a third of a check on a fresh server. Only a speed-up:
 * should it fail, the check does it again and meets the error where a cold check would.
 */
async function warmUp(db: PGlite): Promise<PGlite> {
  try {
    await db.exec('DO $warm$ BEGIN END $warm$');
    await publicTables(db);
  } catch {
    // the check itself will say what is wrong
  }
  return db;
}

async function closeSpare(spare: Spare | undefined): Promise<void> {
  await spare?.db.then((db) => db.close()).catch(() => undefined);
}

/**
 * The SQL checks of one `exercise watch`, run where a database is kept ready: after each check a
 * fresh one is restored from the snapshot and seeded in advance, while the learner edits, so the
 * next check starts at once. It holds exactly what a cold check's database holds (a new server, not
 * one reset after use: DDL, sequences, session settings and statements that refuse to run inside a
 * transaction all behave as in `exercise verify`), and each one serves a single check.
 */
export class SqlSession {
  #spare?: Spare;

  /** `open`: how a seeded database is made (tests count the calls) */
  constructor(private readonly open: (job: SqlJob) => Promise<PGlite> = openSeeded) {}

  check(job: SqlJob): Promise<CheckResult> {
    return runSqlCheck(job, () => this.#take(job));
  }

  /** Starts making the database the next check of `job`'s exercise will use. */
  prepare(job: SqlJob): void {
    void closeSpare(this.#spare);
    const db = this.open(job).then(warmUp);
    db.catch(() => undefined); // a seed that fails fails the next check, as it would cold
    this.#spare = { key: spareKey(job), db };
  }

  close(): Promise<void> {
    const spare = this.#spare;
    this.#spare = undefined;
    return closeSpare(spare);
  }

  /** The spare made for this exercise, or a new database. */
  #take(job: SqlJob): Promise<PGlite> {
    const spare = this.#spare;
    this.#spare = undefined;
    if (spare?.key === spareKey(job)) return spare.db;
    void closeSpare(spare);
    return this.open(job);
  }
}
