import type { PGlite } from '@electric-sql/pglite';
import type { CaseResult } from '../types.js';

/** What the schema compare looks at for one table, as sorted text lists (JSON-safe, cacheable). */
export interface TableShape {
  name: string;
  exists: boolean;
  /** "email text NOT NULL DEFAULT" */
  columns: string[];
  primaryKey: string[];
  /** "author_id → authors(id) ON DELETE CASCADE" */
  foreignKeys: string[];
  /** "CHECK on (price)": presence per column set; the expression itself is the learner's choice */
  checks: string[];
  /** "UNIQUE (email)", "(lower(email)) WHERE (deleted_at IS NULL)"; unique constraints show up here too */
  indexes: string[];
}

const ON_DELETE: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

const COLUMNS_SQL = `
  SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
         (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS has_default,
         (a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%') AS generated_key
  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attname`;

const CONSTRAINTS_SQL = `
  SELECT c.contype AS type, c.confdeltype AS on_delete, c.confrelid::regclass::text AS ref_table,
    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS cols,
    ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS ref_cols
  FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'f', 'c')`;

const INDEXES_SQL = `
  SELECT i.indisunique AS is_unique, pg_get_expr(i.indpred, i.indrelid) AS predicate,
    ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS cols
  FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary`;

interface ColumnRow { name: string; type: string; not_null: boolean; has_default: boolean; generated_key: boolean }
interface ConstraintRow { type: 'p' | 'f' | 'c'; on_delete: string; ref_table: string; cols: string[]; ref_cols: string[] }
interface IndexRow { is_unique: boolean; predicate: string | null; cols: string[] }

const sorted = (xs: string[]) => [...xs].sort();

/** Tables in the public schema (to spot seeded tables a learner dropped). */
export async function publicTables(db: PGlite): Promise<string[]> {
  const r = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  return r.rows.map((row) => row.name);
}

/**
 * SERIAL/BIGSERIAL and `GENERATED … AS IDENTITY` integer columns are the same design decision
 * (week 5 teaches identity, older code uses serial): both read as one type.
 */
function columnType(c: ColumnRow): string {
  return c.generated_key && /^(smallint|integer|bigint)$/.test(c.type) ? 'generated integer key' : c.type;
}

export async function describeTable(db: PGlite, name: string): Promise<TableShape> {
  const empty: TableShape = { name, exists: false, columns: [], primaryKey: [], foreignKeys: [], checks: [], indexes: [] };
  const found = await db.query<{ oid: string | null }>('SELECT to_regclass($1)::text AS oid', [`public.${name}`]);
  if (!found.rows[0]?.oid) return empty;
  const rel = `public.${name}`;
  const [columns, constraints, indexes] = await Promise.all([
    db.query<ColumnRow>(COLUMNS_SQL, [rel]),
    db.query<ConstraintRow>(CONSTRAINTS_SQL, [rel]),
    db.query<IndexRow>(INDEXES_SQL, [rel]),
  ]);
  const of = (t: ConstraintRow['type']) => constraints.rows.filter((c) => c.type === t);
  return {
    name,
    exists: true,
    columns: columns.rows.map((c) => `${c.name} ${columnType(c)}${c.not_null ? ' NOT NULL' : ''}${c.has_default ? ' DEFAULT' : ''}`),
    primaryKey: sorted(of('p').flatMap((c) => c.cols)),
    foreignKeys: sorted(
      of('f').map((c) => `(${c.cols.join(', ')}) → ${c.ref_table.replace(/^public\./, '')}(${c.ref_cols.join(', ')}) ON DELETE ${ON_DELETE[c.on_delete] ?? c.on_delete}`),
    ),
    checks: sorted(of('c').map((c) => `CHECK on (${sorted(c.cols).join(', ')})`)),
    indexes: sorted(indexes.rows.map((i) => `${i.is_unique ? 'UNIQUE ' : ''}(${i.cols.join(', ')})${i.predicate ? ` WHERE ${canonicalPredicate(i.predicate)}` : ''}`)),
  };
}

/**
 * Postgres keeps a predicate as written, so `WHERE published = true` and `WHERE published` differ
 * textually while meaning the same for an index. Compare them in one canonical spelling.
 */
export function canonicalPredicate(predicate: string): string {
  const canonical = predicate
    .replace(/\((\w+) = true\)/g, '$1')
    .replace(/\((\w+) = false\)/g, '(NOT $1)');
  return canonical.replace(/^\((.*)\)$/, (whole, inner: string) => (balanced(inner) ? inner : whole));
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const list = (xs: string[]) => (xs.length ? xs.join('\n') : '(none)');

function diffCase(name: string, expected: string[], actual: string[]): CaseResult {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  if (missing.length === 0 && extra.length === 0) return { name, passed: true };
  return {
    name,
    passed: false,
    expected: list(expected),
    actual: list(actual),
    message: [missing.length ? `missing: ${missing.join('; ')}` : '', extra.length ? `not expected: ${extra.join('; ')}` : '']
      .filter(Boolean)
      .join(' · '),
  };
}

/** Column differences by name: "author_id: expected integer NOT NULL, found integer". */
function columnMessage(expected: string[], actual: string[]): string {
  const split = (c: string) => [c.split(' ')[0]!, c.slice(c.indexOf(' ') + 1)] as const;
  const want = new Map(expected.map(split));
  const got = new Map(actual.map(split));
  const notes: string[] = [];
  for (const [name, spec] of want) {
    const found = got.get(name);
    if (found === undefined) notes.push(`missing column ${name} (${spec})`);
    else if (found !== spec) notes.push(`${name}: expected ${spec}, found ${found}`);
  }
  for (const name of got.keys()) if (!want.has(name)) notes.push(`unexpected column ${name}`);
  return notes.join(' · ');
}

/**
 * One case per table and aspect the solution defines (or the learner added by mistake): columns
 * (name, type, NOT NULL, default present), primary key, foreign keys with ON DELETE, checks, indexes.
 */
export function compareTables(expected: TableShape[], actual: TableShape[]): CaseResult[] {
  return expected.flatMap((want) => {
    const got = actual.find((t) => t.name === want.name);
    if (!got?.exists) {
      return [{ name: `table ${want.name} exists`, passed: false, expected: `table ${want.name}`, actual: '(no such table)', message: 'Create it in the public schema with exactly this name.' }];
    }
    const aspects: [string, keyof Omit<TableShape, 'name' | 'exists'>][] = [
      ['columns', 'columns'],
      ['primary key', 'primaryKey'],
      ['foreign keys', 'foreignKeys'],
      ['check constraints', 'checks'],
      ['indexes and unique constraints', 'indexes'],
    ];
    return aspects
      .filter(([, key]) => want[key].length > 0 || got[key].length > 0)
      .map(([label, key]) => {
        const result = diffCase(`table ${want.name}: ${label}`, want[key], got[key]);
        return key === 'columns' && !result.passed ? { ...result, message: columnMessage(want[key], got[key]) } : result;
      });
  });
}
