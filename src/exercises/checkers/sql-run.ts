import type { PGlite, Results } from '@electric-sql/pglite';
import type { CaseResult, CheckResult } from '../types.js';
import { formatSqlError } from './sql-errors.js';
import { compareRowSets, toRowSet, type RowSet } from './sql-rows.js';
import { compareTables, describeTable, publicTables, type TableShape } from './sql-schema.js';
import { readCachedCapture, writeCachedCapture } from './sql-result-cache.js';
import { secondDatasetCase, type SecondDataset } from './sql-second-dataset.js';
import type { SnapshotFiles } from './sql-pglite-assets.js';
import { openFromSnapshot } from './sql-snapshot.js';

/** Everything one SQL check needs, as plain data: it crosses into a worker thread. */
export interface SqlJob {
  exerciseId: string;
  snapshot: string;
  seed: string;
  learnerSql: string;
  /** how the learner's file is named in error positions, e.g. "week-05/top-customers.sql" */
  learnerLabel: string;
  solutionSql: string;
  /** where the solution's result is cached (keyed by a hash of everything that shapes it) */
  solutionCache: string;
  compare: 'rows-ordered' | 'rows-unordered' | 'schema';
  tables?: string[];
  probe?: string;
}

type Capture = { kind: 'rows'; rows: RowSet } | { kind: 'schema'; tables: TableShape[] };

/** A failure the learner must fix, as opposed to a bug in the tool or the exercise. */
class LearnerError extends Error {}

/** A fresh database from the snapshot, with the exercise's seed applied (`files`: see openFromSnapshot). */
export async function openSeeded(job: Pick<SqlJob, 'exerciseId' | 'snapshot' | 'seed'>, files?: Promise<SnapshotFiles>): Promise<PGlite> {
  const db = await openFromSnapshot(job.snapshot, files);
  if (job.seed.trim()) {
    await db.exec(job.seed).catch(async (error: unknown) => {
      await db.close().catch(() => undefined);
      throw new Error(`The seed of ${job.exerciseId} fails: ${formatSqlError(error, job.seed, 'seed.sql')}`);
    });
  }
  return db;
}

async function withDb<T>(open: Promise<PGlite>, fn: (db: PGlite) => Promise<T>): Promise<T> {
  const db = await open;
  try {
    return await fn(db);
  } finally {
    // Without close() the WASM runtime keeps the process alive for ~10 s. Closing writes a shutdown
    // checkpoint, which the result need not wait for; a close that fails after a crashed query must
    // not hide the error that explains it.
    void db.close().catch(() => undefined);
  }
}

function lastResultSet(results: Results[]): Results | undefined {
  return results.findLast((r) => r.fields.length > 0);
}

/** Runs `sql`, then reads what the compare mode looks at: the schema, the probe's rows or the last result. */
async function capture(db: PGlite, job: SqlJob, sql: string, tables: string[], notices: string[]): Promise<Capture> {
  let results: Results[];
  try {
    results = await db.exec(sql, { onNotice: (n) => notices.push(`NOTICE: ${n.message}`) });
  } catch (error) {
    throw new LearnerError(formatSqlError(error, sql, job.learnerLabel));
  }
  if (job.compare === 'schema') {
    const names = tables.length ? tables : await publicTables(db);
    return { kind: 'schema', tables: await Promise.all(names.map((t) => describeTable(db, t))) };
  }
  if (job.probe) {
    try {
      const r = await db.query(job.probe, [], { rowMode: 'array' });
      return { kind: 'rows', rows: toRowSet(r.fields, r.rows as unknown[][]) };
    } catch (error) {
      throw new LearnerError(`After your SQL ran, the query that checks the result failed:\n${formatSqlError(error, job.probe, 'check query')}`);
    }
  }
  const last = lastResultSet(results);
  if (!last) throw new LearnerError('Your SQL returned no rows: end the file with the SELECT the task asks for.');
  return { kind: 'rows', rows: toRowSet(last.fields, last.rows as Record<string, unknown>[]) };
}

/** The reference solution's result, from the cache or by running it (in its own fresh database). */
async function expectedCapture(job: SqlJob): Promise<Capture> {
  const cached = readCachedCapture(job.solutionCache) as Capture | undefined;
  if (cached) return cached;
  const result = await withDb(openSeeded(job), async (db) => {
    try {
      return await capture(db, { ...job, learnerLabel: 'solution.sql' }, job.solutionSql, job.tables ?? [], []);
    } catch (error) {
      throw new Error(`The reference solution of ${job.exerciseId} fails: ${(error as Error).message}`);
    }
  });
  writeCachedCapture(job.solutionCache, result);
  return result;
}

function compareCaptures(expected: Capture, actual: Capture, ordered: boolean): CaseResult[] {
  if (expected.kind === 'schema' && actual.kind === 'schema') return compareTables(expected.tables, actual.tables);
  if (expected.kind === 'rows' && actual.kind === 'rows') return compareRowSets(expected.rows, actual.rows, ordered);
  throw new Error('solution and learner captures differ in kind');
}

/**
 * Runs the learner's SQL on a fresh seeded database and compares with the solution's result.
 * `open` gives that database: by default made now; `exercise watch` passes one made in advance.
 */
export async function runSqlCheck(job: SqlJob, open: () => Promise<PGlite> = () => openSeeded(job)): Promise<CheckResult> {
  const expected = await expectedCapture(job);
  const tables = job.tables ?? (expected.kind === 'schema' ? expected.tables.map((t) => t.name) : []);
  const notices: string[] = [];
  return withDb(open(), async (first) => {
    const seeded = await publicTables(first);
    // Before the learner's own run, so the second dataset is made from untouched seeded rows.
    const second = await onSecondDataset(first, job, expected);
    // SQL with its own COMMIT kept changes there: the learner's own run needs a fresh database then
    const fresh = second?.dirty ? await openSeeded(job) : undefined;
    const db = fresh ?? first;
    try {
      let actual: Capture | undefined;
      let error: string | undefined;
      try {
        actual = await capture(db, job, job.learnerSql, tables, notices);
      } catch (e) {
        if (!(e instanceof LearnerError)) throw e;
        error = e.message;
        // A failed statement inside the learner's own BEGIN leaves the transaction aborted.
        await db.exec('ROLLBACK').catch(() => undefined);
      }
      const cases = actual ? [...compareCaptures(expected, actual, job.compare === 'rows-ordered'), ...(second?.result ? [second.result] : [])] : [];
      const passed = !error && cases.length > 0 && cases.every((c) => c.passed);
      if (!passed) error = withDroppedNote(error, seeded, await publicTables(db));
      return { passed, cases, output: notices.join('\n'), ...(error ? { error } : {}) };
    } finally {
      void fresh?.close().catch(() => undefined);
    }
  });
}

/**
 * Queries and statements checked by a probe are judged on a second dataset too; DDL is not (its
 * result is the schema, which no data changes).
 */
async function onSecondDataset(db: PGlite, job: SqlJob, expected: Capture): Promise<SecondDataset | undefined> {
  if (expected.kind !== 'rows') return undefined;
  const rows = async (sql: string) => {
    const c = await capture(db, job, sql, [], []);
    if (c.kind !== 'rows') throw new Error('a query capture holds no rows');
    return c.rows;
  };
  const kind = job.probe ? 'statements' : 'query';
  return secondDatasetCase(db, { kind, solutionSql: job.solutionSql, learnerSql: job.learnerSql, seeded: expected.rows, rows });
}

/** Names seeded tables the learner's SQL dropped: the usual reason behind "relation does not exist". */
function withDroppedNote(error: string | undefined, seeded: string[], now: string[]): string | undefined {
  const dropped = seeded.filter((t) => !now.includes(t));
  if (dropped.length === 0) return error;
  const note = `Your SQL dropped ${dropped.length === 1 ? 'the table' : 'the tables'} ${dropped.join(', ')} that the exercise set up: the check runs on them. Remove the DROP (each verify starts from a fresh copy).`;
  return error ? `${error}\n${note}` : note;
}
