import { randomInt } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { CaseResult } from '../types.js';
import { compareRowSets, type RowSet } from './sql-rows.js';
import { publicTables } from './sql-schema.js';

/**
 * A query that returns the right rows for the seeded data could still be a `VALUES` list copied
 * from the expected output, and an UPDATE or DELETE could pick its rows by the ids they happen to
 * have (`WHERE id IN (4, 6)`). So answers are also judged on a second dataset: the seeded rows with
 * about a quarter of each table deleted, some numbers and dates shifted, and new ids for the rows of
 * tables no other row refers to, chosen at random on each run (reproducible from the seed the case
 * names). Both the reference and the learner's SQL run on it, each in a transaction that is rolled
 * back (and the sequences set back), so the seeded data stays as it was.
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

/** The table's own key when the database numbers it (identity or serial): one integer column with a default. */
async function numberedKey(db: PGlite, table: string): Promise<string | undefined> {
  const r = await db.query<{ name: string }>(
    `SELECT a.attname AS name
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.conrelid = $1::regclass AND c.contype = 'p' AND cardinality(c.conkey) = 1
        AND format_type(a.atttypid, NULL) IN ('smallint', 'integer', 'bigint') AND (a.attidentity <> '' OR a.atthasdef)`,
    [`public.${quote(table)}`],
  );
  return r.rows[0]?.name;
}

/** A seeded table as the variations see it: its rows by physical position, and what may change. */
type SeededTable = { table: string; ctids: string[]; columns: Changeable[]; key: string | undefined };

async function seededTables(db: PGlite): Promise<SeededTable[]> {
  const tables: SeededTable[] = [];
  for (const table of await publicTables(db)) {
    const rows = await db.query<{ ctid: string }>(`SELECT ctid::text AS ctid FROM ${quote(table)} ORDER BY ctid`);
    tables.push({ table, ctids: rows.rows.map((r) => r.ctid), columns: await changeableColumns(db, table), key: await numberedKey(db, table) });
  }
  return tables;
}

/**
 * How to set every sequence back after a rolled-back run: nextval is not transactional, and new ids
 * (of the variation, or of the learner's INSERT) must not shift the ids of the runs that follow.
 */
async function sequenceReset(db: PGlite): Promise<string> {
  const r = await db.query<{ name: string; last: string | null; start: string }>(
    `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS last, start_value::text AS start FROM pg_sequences`,
  );
  return r.rows.map((s) => `SELECT setval('${s.name.replaceAll("'", "''")}', ${s.last ?? s.start}, ${s.last !== null});`).join('\n');
}

/**
 * The statements that turn the seeded data into the second dataset, each applied on its own.
 * `deleteRows`: off for INSERT/UPDATE/DELETE answers, whose rows must all stay: an answer that
 * picks rows by their seeded ids would pass whenever those very rows happened to be deleted.
 */
function variationStatements(tables: SeededTable[], seed: number, deleteRows: boolean): string[] {
  const random = generator(seed);
  const statements: string[] = [];
  for (const { table, ctids, columns } of tables) {
    for (const ctid of ctids) {
      const where = `WHERE ctid = '${ctid}'`;
      if (deleteRows && random() < 0.25) {
        statements.push(`DELETE FROM ${quote(table)} ${where}`);
        continue;
      }
      const changes = columns.flatMap((c) => {
        if (random() < 0.5) return [];
        const by = 1 + Math.floor(random() * 40);
        return [`${quote(c.name)} = ${c.kind === 'number' ? `${quote(c.name)} + ${by}` : `${quote(c.name)} + interval '${by} days'`}`];
      });
      // one statement per row: an UPDATE gives the row a new ctid, so a second one would miss it
      if (changes.length) statements.push(`UPDATE ${quote(table)} SET ${changes.join(', ')} ${where}`);
    }
  }
  // Last (it moves rows, so ctids no longer hold): new ids from the sequence. A table other rows
  // refer to keeps its ids: the foreign key refuses the statement, which is then skipped.
  for (const { table, key } of tables) if (key) statements.push(`UPDATE ${quote(table)} SET ${quote(key)} = DEFAULT`);
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

/** Whether the transaction `xid` is over: the SQL run inside it had its own COMMIT or ROLLBACK. */
async function ended(db: PGlite, xid: string): Promise<boolean> {
  try {
    const r = await db.query<{ xid: string | null }>('SELECT txid_current_if_assigned()::text AS xid');
    return r.rows[0]?.xid !== xid;
  } catch {
    return false; // "current transaction is aborted": an error inside it, which is still ours
  }
}

/**
 * Runs `fn` on the second dataset inside a transaction that is always rolled back, then sets the
 * sequences back. `onEnded` hears of SQL that ended that transaction itself: what ran after its
 * COMMIT or ROLLBACK stays, so the database is no longer the seeded one.
 */
async function onVariation<T>(db: PGlite, variation: { statements: string[]; reset: string }, onEnded: () => void, fn: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN');
  let xid = '';
  try {
    xid = (await db.query<{ xid: string }>('SELECT txid_current()::text AS xid')).rows[0]!.xid;
    await applyVariation(db, variation.statements);
    return await fn();
  } finally {
    if (xid && (await ended(db, xid))) onEnded();
    await db.exec('ROLLBACK').catch(() => undefined);
    if (variation.reset) await db.exec(variation.reset);
  }
}

const sameRows = (a: RowSet, b: RowSet) => compareRowSets(a, b, true).every((c) => c.passed);

export interface SecondDatasetJob {
  /** a query, or statements (INSERT, UPDATE, DELETE) whose result a probe query reads */
  kind: 'query' | 'statements';
  solutionSql: string;
  learnerSql: string;
  /** the reference's rows on the seeded data */
  seeded: RowSet;
  /** runs SQL and returns the rows the check compares; throws for an error of the learner's SQL */
  rows: (sql: string) => Promise<RowSet>;
}

export interface SecondDataset {
  /** undefined when no dataset changes the reference's result */
  result: CaseResult | undefined;
  /** the learner's SQL committed or rolled back on its own: the database holds changes, the check needs a fresh one */
  dirty: boolean;
}

/** `WHERE id IN (4, 6)`, `AND user_id = 3`: rows picked by literal ids (comments left out). */
function literalIds(sql: string): string | undefined {
  const code = sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return /\bwhere\b[^;]*?\b(\w*id\s*(?:=\s*\d+|in\s*\(\s*\d+(?:\s*,\s*\d+)*\s*\)))/i.exec(code)?.[1]?.replace(/\s+/g, ' ');
}

function wrongOnSecond(job: SecondDatasetJob): string {
  if (job.kind === 'query') return 'Right for the seeded rows, wrong for others: does the query compute its result, or list the expected values?';
  const ids = literalIds(job.learnerSql);
  if (ids) return `Right for the seeded rows, wrong for others: your SQL picks rows by their ids (${ids}), and on other data those ids hold other rows or none. Pick the rows by what the task names them by.`;
  return 'Right for the seeded rows, wrong for others: do your statements pick rows by the condition the task gives, or by values only the seeded rows have?';
}

/**
 * One case: the learner's SQL gives the reference's rows on a second dataset too (compared
 * without order: ties may come out in either order once the numbers change). Tries a few seeds
 * for a dataset on which the reference's result differs from the seeded one; no case when no
 * such dataset is found (a result that no data change touches cannot be hard-coded wrongly).
 */
export async function secondDatasetCase(db: PGlite, job: SecondDatasetJob): Promise<SecondDataset> {
  const tables = await seededTables(db);
  const reset = await sequenceReset(db);
  let dirty = false;
  const markDirty = () => {
    dirty = true;
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    const seed = randomInt(2 ** 31);
    const variation = { statements: variationStatements(tables, seed, job.kind === 'query'), reset };
    const expected = await onVariation(db, variation, markDirty, () => job.rows(job.solutionSql));
    if (dirty) throw new Error('The reference solution ends its own transaction: the second dataset cannot be rolled back');
    if (sameRows(expected, job.seeded)) continue;
    const what = job.kind === 'query' ? 'the query also gives the right rows' : 'the statements also leave the right rows';
    const name = `${what} on a second dataset (seed ${seed})`;
    let actual: RowSet;
    try {
      actual = await onVariation(db, variation, markDirty, () => job.rows(job.learnerSql));
    } catch (error) {
      return { result: { name, passed: false, message: (error as Error).message }, dirty };
    }
    const failed = compareRowSets(expected, actual, false).find((c) => !c.passed);
    if (!failed) return { result: { name, passed: true }, dirty };
    return { result: { ...failed, name, message: wrongOnSecond(job) }, dirty };
  }
  return { result: undefined, dirty };
}
