import { randomInt } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { CaseResult } from '../types.js';
import { compareRowSets, type RowSet } from './sql-rows.js';
import { publicTables } from './sql-schema.js';

/**
 * A query that returns the right rows for the seeded data could still be a `VALUES` list copied
 * from the expected output. So a query is also judged on a second dataset: the seeded rows with
 * about a quarter of each table deleted and some numbers and dates shifted, chosen at random on each
 * run (reproducible from the seed the case names). Both the reference and the learner's query run
 * on it, each in a transaction that is rolled back, so the seeded data stays as it was.
 */

/** A small deterministic generator (mulberry32): the same seed gives the same dataset. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Changeable = { name: string; kind: 'number' | 'time' };

/** Columns that identify rows (keys, unique, references) are left alone; these can change. */
async function changeableColumns(db: PGlite, table: string): Promise<Changeable[]> {
  const r = await db.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = a.attrelid AND c.contype IN ('p', 'u', 'f') AND a.attnum = ANY (c.conkey))
      ORDER BY a.attnum`,
    [`public.${quote(table)}`],
  );
  return r.rows.flatMap((c): Changeable[] => {
    if (/^(smallint|integer|bigint|numeric|real|double precision)$/.test(c.type)) return [{ name: c.name, kind: 'number' }];
    return /^(date|timestamp)/.test(c.type) ? [{ name: c.name, kind: 'time' }] : [];
  });
}

/** A seeded table as the variations see it: its rows by physical position, and what may change. */
type SeededTable = { table: string; ctids: string[]; columns: Changeable[] };

async function seededTables(db: PGlite): Promise<SeededTable[]> {
  const tables: SeededTable[] = [];
  for (const table of await publicTables(db)) {
    const rows = await db.query<{ ctid: string }>(`SELECT ctid::text AS ctid FROM ${quote(table)} ORDER BY ctid`);
    tables.push({ table, ctids: rows.rows.map((r) => r.ctid), columns: await changeableColumns(db, table) });
  }
  return tables;
}

/** The statements that turn the seeded data into the second dataset, each applied on its own. */
function variationStatements(tables: SeededTable[], seed: number): string[] {
  const random = generator(seed);
  const statements: string[] = [];
  for (const { table, ctids, columns } of tables) {
    for (const ctid of ctids) {
      const where = `WHERE ctid = '${ctid}'`;
      if (random() < 0.25) {
        statements.push(`DELETE FROM ${quote(table)} ${where}`);
        continue;
      }
      for (const c of columns) {
        if (random() < 0.5) continue;
        const by = 1 + Math.floor(random() * 40);
        const change = c.kind === 'number' ? `${quote(c.name)} + ${by}` : `${quote(c.name)} + interval '${by} days'`;
        statements.push(`UPDATE ${quote(table)} SET ${quote(c.name)} = ${change} ${where}`);
      }
    }
  }
  return statements;
}

/**
 * Applies what it can: a delete a foreign key refuses, or a change a CHECK refuses, is skipped.
 * One DO block, each statement in a sub-block that catches its error (a savepoint, as PL/pgSQL
 * runs it): one round trip instead of three per statement.
 */
async function applyVariation(db: PGlite, statements: string[]): Promise<void> {
  if (statements.length === 0) return;
  let tag = '$variation$';
  for (let n = 1; statements.some((s) => s.includes(tag)); n++) tag = `$variation${n}$`;
  const blocks = statements.map((sql) => `BEGIN ${sql}; EXCEPTION WHEN OTHERS THEN NULL; END;`);
  // use_column: a column named like a PL/pgSQL variable (found) means the column
  await db.exec(`DO ${tag} #variable_conflict use_column\nBEGIN\n${blocks.join('\n')}\nEND ${tag}`);
}

/** Runs `fn` on the second dataset inside a transaction that is always rolled back. */
async function onVariation<T>(db: PGlite, statements: string[], fn: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN');
  try {
    await applyVariation(db, statements);
    return await fn();
  } finally {
    await db.exec('ROLLBACK').catch(() => undefined);
  }
}

const sameRows = (a: RowSet, b: RowSet) => compareRowSets(a, b, true).every((c) => c.passed);

export interface SecondDatasetJob {
  solutionSql: string;
  learnerSql: string;
  /** the reference's rows on the seeded data */
  seeded: RowSet;
  /** runs SQL and returns the rows the check compares; throws for an error of the learner's SQL */
  rows: (sql: string) => Promise<RowSet>;
}

/**
 * One case: the learner's query gives the reference's rows on a second dataset too (compared
 * without order: ties may come out in either order once the numbers change). Tries a few seeds
 * for a dataset on which the reference's result differs from the seeded one; undefined when no
 * such dataset is found (a result that no data change touches cannot be hard-coded wrongly).
 */
export async function secondDatasetCase(db: PGlite, job: SecondDatasetJob): Promise<CaseResult | undefined> {
  const tables = await seededTables(db);
  for (let attempt = 0; attempt < 4; attempt++) {
    const seed = randomInt(2 ** 31);
    const statements = variationStatements(tables, seed);
    const expected = await onVariation(db, statements, () => job.rows(job.solutionSql));
    if (sameRows(expected, job.seeded)) continue;
    const name = `the query also gives the right rows on a second dataset (seed ${seed})`;
    let actual: RowSet;
    try {
      actual = await onVariation(db, statements, () => job.rows(job.learnerSql));
    } catch (error) {
      return { name, passed: false, message: (error as Error).message };
    }
    const failed = compareRowSets(expected, actual, false).find((c) => !c.passed);
    if (!failed) return { name, passed: true };
    const message = 'Right for the seeded rows, wrong for others: does the query compute its result, or list the expected values?';
    return { ...failed, name, message };
  }
  return undefined;
}
