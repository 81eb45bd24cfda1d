import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSnapshot, openFromSnapshot } from '../../src/exercises/checkers/sql-snapshot.js';
import { alembicShapes, pgShape, sqliteShapes, type Shape } from '../helpers/schema-shapes.js';

// The blog-api templates (both tracks, both databases) create the course's blog schema
// (curriculum/exercises/_seeds/blog-schema.sql) plus the additions below, and nothing else differs.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const CANONICAL_SQL = read('curriculum/exercises/_seeds/blog-schema.sql');
const TABLES = ['users', 'posts', 'categories', 'post_categories', 'comments'];

/** What the templates add to the course's tables on purpose (each README lists them too). */
const ADDITIONS: Record<string, Partial<Shape>> = {
  users: {
    // the API's unique handle (JWT claim, ?author=), and a profile text
    columns: ['username text NOT NULL', 'bio text'],
    uniques: ['UNIQUE (username)'],
  },
  comments: { columns: ['updated_at timestamptz NOT NULL DEFAULT'] }, // comments can be edited
  categories: { columns: ['description text', 'created_at timestamptz NOT NULL DEFAULT'] },
};
/** Tables the templates have beyond the course's five. */
const EXTRA_TABLES = ['post_tags', 'refresh_tokens', 'tags'];

/**
 * Type spellings allowed per variant: `integer` ids everywhere (node-postgres returns `bigint` as
 * a string), and SQLite keeps timestamps as ISO-8601 TEXT.
 */
const SPELLINGS: Record<string, Record<string, string>> = {
  postgres: { bigint: 'integer' },
  sqlite: { bigint: 'integer', timestamptz: 'text' },
  alembic: { bigint: 'integer' },
};

function expected(canonical: Shape, table: string, variant: string): Shape {
  const add = ADDITIONS[table] ?? {};
  const respell = (c: string) => c.replace(/^(\w+) (\w+)/, (_, name: string, type: string) => `${name} ${SPELLINGS[variant]![type] ?? type}`);
  const merged = (key: keyof Shape) => [...canonical[key], ...(add[key] ?? [])].map((x) => (key === 'columns' ? respell(x) : x)).sort();
  return { columns: merged('columns'), primaryKey: merged('primaryKey'), foreignKeys: merged('foreignKeys'), checks: merged('checks'), uniques: merged('uniques') };
}

let db: PGlite;
const canonical = new Map<string, Shape>();
beforeAll(async () => {
  db = await openFromSnapshot(await ensureSnapshot(join(tmpdir(), 'backend-roadmap-test-cache')));
  await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; ${CANONICAL_SQL}`);
  for (const t of TABLES) canonical.set(t, await pgShape(db, t));
}, 120_000);
afterAll(() => db?.close());

describe('the blog-api templates create the course blog schema', () => {
  it('reads the course schema (the comparison has something to compare)', () => {
    expect(canonical.get('comments')!.foreignKeys).toContain('(author_id) → users(id) ON DELETE SET NULL');
    expect(canonical.get('users')!.columns).toContain('display_name text NOT NULL');
  });

  it('templates/blog-api --db postgres', async () => {
    await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public; ${read('templates/blog-api/files/migrations/postgres/001_initial_schema.sql')}`);
    const tables = (await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.name);
    expect(tables.sort()).toEqual([...TABLES, ...EXTRA_TABLES].sort());
    for (const t of TABLES) expect(await pgShape(db, t), t).toEqual(expected(canonical.get(t)!, t, 'postgres'));
  });

  it('templates/blog-api --db sqlite', () => {
    const shapes = sqliteShapes(read('templates/blog-api/files/migrations/sqlite/001_initial_schema.sql'));
    expect([...shapes.keys()].sort()).toEqual([...TABLES, ...EXTRA_TABLES].sort());
    for (const t of TABLES) expect(shapes.get(t), t).toEqual(expected(canonical.get(t)!, t, 'sqlite'));
  });

  it('templates/blog-api-python (the Alembic migration, both databases)', () => {
    const shapes = alembicShapes(read('templates/blog-api-python/files/alembic/versions/0001_initial_schema.py'));
    expect([...shapes.keys()].sort()).toEqual([...TABLES, ...EXTRA_TABLES].sort());
    for (const t of TABLES) expect(shapes.get(t), t).toEqual(expected(canonical.get(t)!, t, 'alembic'));
  });
});
