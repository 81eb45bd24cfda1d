import type { PGlite } from '@electric-sql/pglite';
import type { SqlStep } from './schema.js';
import type { StepFailure } from './types.js';

/** The learner's schema, loaded into a fresh PGlite by `loadSchema`. */
export interface SqlTarget {
  db: PGlite;
  file: string;
}

const canonical = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));

/** Runs the learner's migration file into a fresh database from the cached snapshot. */
export async function loadSchema(file: string, cacheDir: string): Promise<{ target?: SqlTarget; error?: string }> {
  const [{ readFileSync }, { ensureSnapshot, openFromSnapshot }, { formatSqlError }] = await Promise.all([
    import('node:fs'),
    import('../exercises/checkers/sql-snapshot.js'),
    import('../exercises/checkers/sql-errors.js'),
  ]);
  const db = await openFromSnapshot(await ensureSnapshot(cacheDir));
  const sql = readFileSync(file, 'utf8');
  try {
    await db.exec(sql);
    return { target: { db, file } };
  } catch (error) {
    await db.close();
    return { error: formatSqlError(error, sql, file) };
  }
}

export async function runSqlStep(step: SqlStep, index: number, target: SqlTarget): Promise<StepFailure | undefined> {
  const fail = (what: string, expected: string, actual: string): StepFailure => ({
    step: step.name,
    index,
    sent: `psql -f ${target.file} && psql -c ${JSON.stringify(step.query)}`,
    mismatch: { what, expected, actual },
  });
  let rows: unknown[][];
  try {
    // each probe runs in a transaction that is rolled back, so probes never affect each other
    await target.db.exec('BEGIN');
    const result = await target.db.query(step.query, [], { rowMode: 'array' });
    rows = result.rows as unknown[][];
  } catch (error) {
    await target.db.exec('ROLLBACK').catch(() => undefined);
    return step.fails ? undefined : fail('query', 'to run', (error as Error).message);
  }
  await target.db.exec('ROLLBACK');
  if (step.fails) return fail('query', 'to be refused by a constraint', `it succeeded (${rows.length} rows)`);
  if (step.rowCount !== undefined && rows.length !== step.rowCount) return fail('rows', `${step.rowCount} rows`, `${rows.length}: ${JSON.stringify(rows.slice(0, 5))}`);
  if (step.rows) {
    const want = JSON.stringify(step.rows.map((r) => r.map(canonical)));
    const got = JSON.stringify(rows.map((r) => r.map(canonical)));
    if (want !== got) return fail('rows', want, got);
  }
  return undefined;
}
