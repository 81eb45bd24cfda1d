import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExercises, loadWeeks, readLesson } from '../../src/curriculum/load.js';
import { lessonBlocks } from '../../src/curriculum/lesson-blocks.js';
import { seedFiles } from '../../src/curriculum/seed-files.js';
import { describeTable, type TableShape } from '../../src/exercises/checkers/sql-schema.js';
import { ensureSnapshot, openFromSnapshot } from '../../src/exercises/checkers/sql-snapshot.js';
import { sharedCacheDir } from '../helpers/temp.js';

// The course has one blog schema: the lessons create it (weeks 5 and 6) and
// curriculum/exercises/_seeds/blog-schema.sql holds the same statements for the exercises.
const SEEDS = '../_seeds/';
const CANONICAL = `${SEEDS}blog-schema.sql`;
const exercises = loadExercises();
const canonicalSql = readFileSync(new URL('../../curriculum/exercises/_seeds/blog-schema.sql', import.meta.url), 'utf8');

/** Each `CREATE TABLE name (…);` statement by table name, comments dropped and whitespace collapsed. */
function createTables(sql: string): Map<string, string> {
  const statements = new Map<string, string>();
  for (const m of sql.replace(/--.*$/gm, '').matchAll(/CREATE TABLE (\w+) \([\s\S]*?\n\);/g)) {
    if (!statements.has(m[1]!)) statements.set(m[1]!, m[0].replace(/\s+/g, ' '));
  }
  return statements;
}

/** The SQL the lessons run on their shared database, in course order. */
function lessonSql(): string {
  return loadWeeks()
    .flatMap((week) => lessonBlocks(readLesson(week)))
    .filter((b) => b.lang === 'sql' && !b.attrs.some((a) => ['isolated', 'norun', 'error'].includes(a)))
    .map((b) => b.code)
    .join('\n');
}

/** The tables each SQL text creates, as the schema checker sees them (one database, emptied between texts). */
async function shapes(sqls: string[], tables: string[]): Promise<TableShape[][]> {
  const db = await openFromSnapshot(await ensureSnapshot(sharedCacheDir));
  try {
    const out: TableShape[][] = [];
    for (const sql of sqls) {
      await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; ${sql}`);
      // indexes are the exercise's own part of the design, not the schema's
      out.push(await Promise.all(tables.map(async (t) => ({ ...(await describeTable(db, t)), indexes: [] }))));
    }
    return out;
  } finally {
    await db.close();
  }
}

describe('the blog schema', () => {
  const canonical = createTables(canonicalSql);

  it('is the five tables of weeks 5 and 6', () => {
    expect([...canonical.keys()].sort()).toEqual(['categories', 'comments', 'post_categories', 'posts', 'users']);
  });

  it('is created by the lessons with exactly the statements of _seeds/blog-schema.sql', () => {
    const lessons = createTables(lessonSql());
    for (const [table, statement] of canonical) expect(lessons.get(table), `CREATE TABLE ${table}`).toBe(statement);
  });

  it('is what the blog-schema exercise asks for', async () => {
    const exercise = exercises.find((e) => e.id === 'blog-schema')!;
    const solution = readFileSync(join(exercise.dir, exercise.solution), 'utf8');
    const tables = [...canonical.keys()];
    const [fromCanonical, fromSolution] = await shapes([canonicalSql, solution], tables);
    expect(fromSolution).toEqual(fromCanonical);
  }, 120_000);

  it('is the first seed of every exercise that seeds blog data', () => {
    const blogSeeded = exercises.filter((e) => seedFiles(e).some((f) => f.startsWith(SEEDS) && f !== CANONICAL));
    expect(blogSeeded.length).toBeGreaterThan(0);
    for (const e of blogSeeded) expect(seedFiles(e)[0], e.id).toBe(CANONICAL);
  });
});
