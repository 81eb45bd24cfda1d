import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readExercise } from '../../src/exercises/catalog.js';
import type { PGlite } from '@electric-sql/pglite';
import { sqlChecker, sqlJob } from '../../src/exercises/checkers/sql.js';
import { openSeeded } from '../../src/exercises/checkers/sql-run.js';
import { SqlSession } from '../../src/exercises/checkers/sql-session.js';
import { formatSqlError, lineAndColumn } from '../../src/exercises/checkers/sql-errors.js';
import { canonical, compareRowSets } from '../../src/exercises/checkers/sql-rows.js';
import { compareTables, type TableShape } from '../../src/exercises/checkers/sql-schema.js';
import { ensureSnapshot, snapshotPath } from '../../src/exercises/checkers/sql-snapshot.js';
import type { CheckContext, CheckResult, WarmStore } from '../../src/exercises/types.js';
import { createWarmStore } from '../../src/exercises/warm-store.js';
import { tempDir, sharedCacheDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));
// initdb takes seconds: the PGlite snapshot is shared by every run of these tests.
const cacheDir = sharedCacheDir;

async function checkContext(id: string, sql: string): Promise<CheckContext> {
  const exercise = await readExercise(id, { root });
  const learnerFile = join(tempDir(), 'learner.sql');
  writeFileSync(learnerFile, sql);
  return { exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: 20_000, cacheDir };
}

/** A check as `exercise verify` runs it, or with `warm` as `exercise watch` does. */
async function check(id: string, sql: string, warm?: WarmStore) {
  return sqlChecker.run({ ...(await checkContext(id, sql)), ...(warm ? { warm } : {}) });
}

const solution = async (id: string) => {
  const e = await readExercise(id, { root });
  return readFileSync(join(e.dir, e.solution), 'utf8');
};

describe('row comparison', () => {
  const expected = { columns: ['name', 'total'], rows: [['Grace', '40.00'], ['Ada', '15.50']] };

  it('treats equal numbers of different types as equal', () => {
    const cases = compareRowSets(expected, { columns: ['name', 'total'], rows: [['Grace', '40'], ['Ada', '15.5']] }, true);
    expect(cases.every((c) => c.passed)).toBe(true);
  });

  it('names missing and unexpected rows, and the column mismatch', () => {
    const cases = compareRowSets(expected, { columns: ['name', 'sum'], rows: [['Grace', '40.00'], ['Linus', '1.00']] }, false);
    expect(cases.find((c) => c.name.startsWith('the result has the columns'))).toMatchObject({ passed: false, expected: 'name, total', actual: 'name, sum' });
    const rows = cases.find((c) => c.name === 'the rows hold the expected values');
    expect(rows?.expected).toContain("('Ada', 15.50)");
    expect(rows?.actual).toContain("('Linus', 1.00)");
  });

  it('checks order only when asked, and says which row is out of place', () => {
    const swapped = { columns: ['name', 'total'], rows: [['Ada', '15.50'], ['Grace', '40.00']] };
    expect(compareRowSets(expected, swapped, false).every((c) => c.passed)).toBe(true);
    const order = compareRowSets(expected, swapped, true).find((c) => c.name === 'the rows come in the expected order');
    expect(order).toMatchObject({ passed: false, message: expect.stringMatching(/Row 1 is out of place/) });
  });

  it('turns driver values into comparable text', () => {
    expect([canonical(null), canonical(new Date('2026-01-02T03:04:05Z')), canonical(12n), canonical({ a: [1] }), canonical(new Uint8Array([255]))]).toEqual([
      null,
      '2026-01-02T03:04:05.000Z',
      '12',
      '{"a":[1]}',
      '\\xff',
    ]);
  });
});

describe('schema comparison', () => {
  const table = (over: Partial<TableShape>): TableShape => ({
    name: 'books',
    exists: true,
    columns: ['id integer NOT NULL DEFAULT', 'title text NOT NULL'],
    primaryKey: ['id'],
    foreignKeys: [],
    checks: [],
    indexes: [],
    ...over,
  });

  it('describes column differences by name', () => {
    const [columns] = compareTables([table({})], [table({ columns: ['id integer NOT NULL DEFAULT', 'title text', 'extra int'] })]);
    expect(columns).toMatchObject({ name: 'table books: columns', passed: false });
    expect(columns?.message).toBe('title: expected text NOT NULL, found text · unexpected column extra');
  });

  it('reports a missing table as one failing case', () => {
    expect(compareTables([table({})], [table({ exists: false })])).toEqual([expect.objectContaining({ name: 'table books exists', passed: false })]);
  });

  it('compares foreign keys with their ON DELETE action', () => {
    const want = table({ foreignKeys: ['(author_id) → authors(id) ON DELETE CASCADE'] });
    const got = table({ foreignKeys: ['(author_id) → authors(id) ON DELETE NO ACTION'] });
    expect(compareTables([want], [got]).find((c) => c.name === 'table books: foreign keys')?.passed).toBe(false);
  });
});

describe('SQL errors', () => {
  it('point at line and column of the learner file', () => {
    expect(lineAndColumn('SELECT 1;\nSELEC 2;', 11)).toEqual({ line: 2, column: 1 });
    const text = formatSqlError({ message: 'syntax error at or near "SELEC"', position: '11', severity: 'ERROR', hint: 'check spelling' }, 'SELECT 1;\nSELEC 2;', 'week-05/q.sql');
    expect(text).toBe('ERROR: syntax error at or near "SELEC"\n  at week-05/q.sql:2:1\n  SELEC 2;\n  ^\nHINT: check spelling');
  });
});

describe('sql checker (embedded PostgreSQL)', () => {
  it('passes the reference solution and fails the starter on result rows', async () => {
    expect((await check('fx-top-customers', await solution('fx-top-customers'))).passed).toBe(true);
    const starter = await check('fx-top-customers', 'SELECT 1;');
    expect(starter.passed).toBe(false);
    expect(starter.cases.filter((c) => !c.passed).map((c) => c.name)).toContain('the result has 3 rows');
  });

  it('judges a query on a second dataset too: the expected rows written out as VALUES fail', async () => {
    const passed = await check('fx-top-customers', await solution('fx-top-customers'));
    expect(passed.cases.at(-1)).toEqual({ name: expect.stringMatching(/^the query also gives the right rows on a second dataset \(seed \d+\)$/), passed: true });
    const hardCoded = await check('fx-top-customers', "SELECT * FROM (VALUES ('Grace', 40.00), ('Ada', 15.50), ('Linus', 1.00)) AS t(name, total);");
    expect(hardCoded.passed).toBe(false);
    const second = hardCoded.cases.at(-1)!;
    expect(second).toMatchObject({ passed: false, message: expect.stringMatching(/list the expected values/) });
    expect(hardCoded.cases.slice(0, -1).every((c) => c.passed)).toBe(true); // right on the seeded rows alone
  });

  it('fails a right answer in the wrong order when the task wants an order', async () => {
    const result = await check('fx-top-customers', 'SELECT c.name, SUM(o.amount) AS total FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY total;');
    expect(result.passed).toBe(false);
    expect(result.cases.find((c) => !c.passed)?.name).toBe('the rows come in the expected order');
  });

  it('shows SQL errors as PostgreSQL reports them, with the position in the file', async () => {
    const result = await check('fx-top-customers', 'SELECT name\nFROM customers\nWHER id = 1;');
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/^ERROR: syntax error at or near "id"\n {2}at .*learner\.sql:3:6/);
  });

  it('checks DML through the probe query, and explains a dropped seed table', async () => {
    expect((await check('fx-deactivate', await solution('fx-deactivate'))).passed).toBe(true);
    const dropped = await check('fx-deactivate', 'DROP TABLE users;');
    expect(dropped.passed).toBe(false);
    expect(dropped.error).toMatch(/Your SQL dropped the table users that the exercise set up/);
  });

  it('judges INSERT, UPDATE and DELETE on a second dataset too: rows picked by their seeded ids fail, and the message says so', async () => {
    // the course's own exercise: users has an identity key, so on the second dataset its rows have other ids
    const courseRoot = fileURLToPath(new URL('../../curriculum', import.meta.url));
    const course = async (file: string) => {
      const exercise = await readExercise('insert-update-delete', { root: courseRoot });
      const learnerFile = join(tempDir(), 'learner.sql');
      copyFileSync(join(exercise.dir, file), learnerFile);
      return sqlChecker.run({ exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: 20_000, cacheDir });
    };
    const right = await course('solution.sql');
    expect(right.passed).toBe(true);
    expect(right.cases.at(-1)).toEqual({ name: expect.stringMatching(/^the statements also leave the right rows on a second dataset \(seed \d+\)$/), passed: true });
    for (const [file, ids] of [['wrong/update-by-id.sql', 'id = 2'], ['wrong/delete-by-ids.sql', 'id IN (4, 6)']] as const) {
      const wrong = await course(file);
      expect(wrong.passed, file).toBe(false);
      expect(wrong.cases.slice(0, -1).every((c) => c.passed), file).toBe(true); // right on the seeded rows alone
      expect(wrong.cases.at(-1), file).toMatchObject({ passed: false, message: expect.stringContaining(`your SQL picks rows by their ids (${ids})`) });
    }
  });

  it('a right answer in its own BEGIN … COMMIT passes: its commit on the second dataset never reaches the check', async () => {
    const committed = `BEGIN;\n${await solution('fx-deactivate')}\nCOMMIT;`;
    const result = await check('fx-deactivate', committed);
    expect(result.cases.map((c) => [c.name.replace(/\(seed \d+\)/, '(seed)'), c.passed]).filter(([, passed]) => !passed)).toEqual([]);
    expect(result.passed).toBe(true);
    // and one that ends its transaction half-way still fails on the seeded rows as it should
    const halfway = await check('fx-deactivate', 'BEGIN;\nUPDATE users SET active = false WHERE id = 1;\nCOMMIT;');
    expect(halfway.passed).toBe(false);
    expect(halfway.cases.find((c) => c.name === 'the rows hold the expected values')?.passed).toBe(false);
  });

  it('recovers from a failed statement inside the learner’s own transaction', async () => {
    const result = await check('fx-deactivate', 'BEGIN;\nUPDATE users SET nope = 1;');
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/column "nope" of relation "users" does not exist/);
  });

  it('compares DDL through the catalog: columns, keys, checks and indexes', async () => {
    expect((await check('fx-books-schema', await solution('fx-books-schema'))).passed).toBe(true);
    const starter = await check('fx-books-schema', 'CREATE TABLE authors (id serial PRIMARY KEY, name text);');
    expect(starter.cases.filter((c) => !c.passed).map((c) => c.name)).toEqual(['table authors: columns', 'table books exists']);
  });

  it('takes an identity key for a serial one and the other way round (week 5 teaches identity)', async () => {
    const swapped = (await solution('fx-books-schema'))
      .replace('id serial PRIMARY KEY', 'id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY')
      .replace('id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'id bigserial PRIMARY KEY');
    expect((await check('fx-books-schema', swapped)).passed).toBe(true);
    const plain = (await solution('fx-books-schema')).replace('id serial PRIMARY KEY', 'id integer PRIMARY KEY');
    expect((await check('fx-books-schema', plain)).cases.find((c) => !c.passed)?.name).toBe('table authors: columns');
  });
});

/**
 * `exercise watch` makes the database of the next check in advance. It must be what a cold check
 * gets: no table, row or setting from the attempt before, and the same result to the letter.
 */
describe('sql checks in exercise watch', () => {
  // All of a result must match but the learner file's temp folder and the second dataset, drawn at
  // random on each run: only its verdict is compared.
  const comparable = (r: CheckResult) => ({
    ...r,
    cases: r.cases.map((c) => (/second dataset/.test(c.name) ? { name: 'second dataset', passed: c.passed } : c)),
    ...(r.error ? { error: r.error.replace(/at [^\n]*learner\.sql/, 'at learner.sql') } : {}),
  });

  it('runs a re-check on the database made after the last one, which holds nothing that attempt left', async () => {
    const opened: PGlite[] = [];
    const session = new SqlSession(async (job) => {
      const db = await openSeeded(job);
      opened.push(db);
      return db;
    });
    const job = async (sql: string) => sqlJob(await checkContext('fx-deactivate', sql), await ensureSnapshot(cacheDir));
    const messy = await job("CREATE TABLE leftover (n int);\nINSERT INTO users (id, last_login) VALUES (99, '2020-01-01');\nUPDATE users SET active = false;");
    expect((await session.check(messy)).passed).toBe(false);
    session.prepare(messy);

    // passes only where leftover does not exist yet and users holds the seeded rows alone
    const right = `CREATE TABLE leftover (n int);\n${await solution('fx-deactivate')}`;
    const warm = await session.check(await job(right));
    expect(opened).toHaveLength(2); // the second check took the database prepared after the first
    expect(warm.passed).toBe(true);
    expect(comparable(warm)).toEqual(comparable(await check('fx-deactivate', right)));
    await session.close();
  });

  it('gives the results of a cold check, for DDL and for queries judged on a second dataset', async () => {
    const warm = createWarmStore();
    try {
      const schema = await solution('fx-books-schema');
      expect((await check('fx-books-schema', schema, warm)).passed).toBe(true);
      // the tables of the first run would make this one fail with "relation already exists"
      const again = await check('fx-books-schema', schema, warm);
      expect(again).toEqual(await check('fx-books-schema', schema));
      expect(again.passed).toBe(true);
      const starter = 'CREATE TABLE authors (id serial PRIMARY KEY, name text);';
      expect(await check('fx-books-schema', starter, warm)).toEqual(await check('fx-books-schema', starter));

      for (const sql of [await solution('fx-top-customers'), 'SELECT name, 1 AS total FROM customers ORDER BY name;', 'SELEC 1;']) {
        expect(comparable(await check('fx-top-customers', sql, warm))).toEqual(comparable(await check('fx-top-customers', sql)));
      }
    } finally {
      await warm.close();
    }
  });
});

/** Caches are checked when read: a damaged or foreign entry is rebuilt, never trusted, never fatal. */
describe('sql checker caches', () => {
  /** A cache folder of its own, starting from the shared snapshot (initdb takes seconds). */
  async function ownCache(): Promise<string> {
    const dir = tempDir();
    await check('fx-top-customers', 'SELECT 1;'); // makes sure the shared snapshot exists
    copyFileSync(snapshotPath(cacheDir), snapshotPath(dir));
    return dir;
  }
  async function checkIn(dir: string, id: string, sql: string) {
    const exercise = await readExercise(id, { root });
    const learnerFile = join(tempDir(), 'learner.sql');
    writeFileSync(learnerFile, sql);
    return sqlChecker.run({ exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: 60_000, cacheDir: dir });
  }
  const entries = (dir: string) => readdirSync(join(dir, 'sql-results')).map((f) => join(dir, 'sql-results', f));

  it('rebuilds a reference result that is damaged, edited, or another exercise’s', { timeout: 300_000 }, async () => {
    const dir = await ownCache();
    const right = await solution('fx-top-customers');
    expect((await checkIn(dir, 'fx-top-customers', right)).passed).toBe(true);
    const [entry] = entries(dir);
    const sealed = readFileSync(entry!, 'utf8');

    writeFileSync(entry!, '{"kind":"rows"'); // cut short
    expect((await checkIn(dir, 'fx-top-customers', right)).passed).toBe(true);
    expect(readFileSync(entry!, 'utf8')).toBe(sealed);

    // edited so that SELECT 1 would match: the seal no longer fits the content
    const edited = JSON.parse(sealed) as { value: { rows: unknown } };
    edited.value.rows = { columns: ['?column?'], rows: [['1']] };
    writeFileSync(entry!, JSON.stringify(edited));
    expect((await checkIn(dir, 'fx-top-customers', 'SELECT 1;')).passed).toBe(false);
    expect(readFileSync(entry!, 'utf8')).toBe(sealed);

    // a sound entry under another exercise's name
    expect((await checkIn(dir, 'fx-deactivate', await solution('fx-deactivate'))).passed).toBe(true);
    const other = entries(dir).find((f) => f !== entry)!;
    writeFileSync(entry!, readFileSync(other));
    expect((await checkIn(dir, 'fx-top-customers', right)).passed).toBe(true);
    expect(readFileSync(entry!, 'utf8')).toBe(sealed);
  });

  it('starts from the snapshot the build packaged; one that does not unpack is made here instead', { timeout: 300_000 }, async () => {
    const shared = readFileSync(snapshotPath(await ownCache()));
    const packaged = join(tempDir(), 'packaged.tar.br');
    writeFileSync(packaged, brotliCompressSync(shared, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
    const unpacked = tempDir();
    await ensureSnapshot(unpacked, packaged);
    expect(readFileSync(snapshotPath(unpacked)).equals(shared)).toBe(true);

    writeFileSync(packaged, 'not brotli');
    const made = tempDir();
    await ensureSnapshot(made, packaged); // initdb
    expect((await checkIn(made, 'fx-top-customers', await solution('fx-top-customers'))).passed).toBe(true);
  });

  it('rebuilds a snapshot that is not an empty cluster, or not a snapshot at all', { timeout: 600_000 }, async () => {
    const dir = await ownCache();
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshotPath(dir))]) });
    await db.exec("CREATE TABLE customers (id int PRIMARY KEY, name text); INSERT INTO customers VALUES (9, 'Planted')");
    writeFileSync(snapshotPath(dir), new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer()));
    await db.close();
    // trusted, the planted table would make the seed fail ("relation already exists")
    expect((await checkIn(dir, 'fx-top-customers', await solution('fx-top-customers'))).passed).toBe(true);

    rmSync(snapshotPath(dir));
    mkdirSync(snapshotPath(dir)); // a folder where the file should be
    expect((await checkIn(dir, 'fx-top-customers', await solution('fx-top-customers'))).passed).toBe(true);
  });
});

