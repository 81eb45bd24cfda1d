import Database from 'better-sqlite3';
import type { PGlite } from '@electric-sql/pglite';
import { describeTable } from '../../src/exercises/checkers/sql-schema.js';

/**
 * One table as the template-schema test compares it, in a spelling shared by PostgreSQL, SQLite and
 * an Alembic migration: columns as "name type[ NOT NULL][ DEFAULT]" (type: key for an identity or
 * autoincrement primary key, else bigint | integer | text | timestamptz | boolean), foreign keys
 * with their ON DELETE, which columns each CHECK reads, and UNIQUE constraints.
 */
export interface Shape {
  columns: string[];
  primaryKey: string[];
  foreignKeys: string[];
  checks: string[];
  uniques: string[];
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();

const PG_TYPES: Record<string, string> = {
  'generated integer key': 'key',
  bigint: 'bigint',
  integer: 'integer',
  text: 'text',
  'timestamp with time zone': 'timestamptz',
  boolean: 'boolean',
};

export async function pgShape(db: PGlite, table: string): Promise<Shape> {
  const t = await describeTable(db, table);
  if (!t.exists) throw new Error(`no table ${table}`);
  return {
    columns: sorted(
      t.columns.map((c) => {
        const m = /^(\w+) (.+?)( NOT NULL)?( DEFAULT)?$/.exec(c)!;
        return `${m[1]} ${PG_TYPES[m[2]!] ?? m[2]}${m[3] ?? ''}${m[4] ?? ''}`;
      }),
    ),
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys,
    checks: t.checks,
    uniques: sorted(t.indexes.filter((i) => /^UNIQUE \([\w, ]+\)$/.test(i))),
  };
}

/** The text of each balanced `( … )` group that follows a CHECK keyword. */
function checkBodies(sql: string): string[] {
  const bodies: string[] = [];
  for (const m of sql.matchAll(/\bCHECK\s*\(/gi)) {
    let depth = 0;
    const start = m.index! + m[0].length - 1;
    for (let i = start; i < sql.length; i += 1) {
      depth += sql[i] === '(' ? 1 : sql[i] === ')' ? -1 : 0;
      if (depth === 0) {
        bodies.push(sql.slice(start + 1, i));
        break;
      }
    }
  }
  return bodies;
}

/** "CHECK on (a, b)": the table's columns that a CHECK expression names (string literals dropped). */
function checkOn(expression: string, columns: string[]): string {
  const words = new Set(expression.replace(/'[^']*'/g, '').match(/\w+/g) ?? []);
  return `CHECK on (${columns.filter((c) => words.has(c)).sort().join(', ')})`;
}

interface SqliteColumn { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
interface SqliteKey { table: string; from: string; to: string; on_delete: string }

/** Every table `sql` creates in a fresh in-memory SQLite database, by name. */
export function sqliteShapes(sql: string): Map<string, Shape> {
  const db = new Database(':memory:');
  try {
    db.exec(sql);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[];
    return new Map(
      tables.map(({ name, sql: create }) => {
        const cols = db.prepare(`PRAGMA table_info(${name})`).all() as SqliteColumn[];
        const autoincrement = /AUTOINCREMENT/i.test(create);
        const columns = cols.map((c) => {
          const key = c.pk === 1 && autoincrement && c.type.toUpperCase() === 'INTEGER';
          const type = key ? 'key' : c.type.toLowerCase();
          return `${c.name} ${type}${c.notnull || c.pk ? ' NOT NULL' : ''}${c.dflt_value !== null || key ? ' DEFAULT' : ''}`;
        });
        const keys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as SqliteKey[];
        const indexes = db.prepare(`PRAGMA index_list(${name})`).all() as { name: string; unique: number; origin: string }[];
        const uniques = indexes
          .filter((i) => i.unique && i.origin !== 'pk')
          .map((i) => `UNIQUE (${(db.prepare(`PRAGMA index_info(${i.name})`).all() as { name: string }[]).map((c) => c.name).join(', ')})`);
        const names = cols.map((c) => c.name);
        return [
          name,
          {
            columns: sorted(columns),
            primaryKey: sorted(cols.filter((c) => c.pk).map((c) => c.name)),
            foreignKeys: sorted(keys.map((k) => `(${k.from}) → ${k.table}(${k.to}) ON DELETE ${k.on_delete}`)),
            checks: sorted(checkBodies(create).map((body) => checkOn(body, names))),
            uniques: sorted(uniques),
          },
        ];
      }),
    );
  } finally {
    db.close();
  }
}

/** Python source without its `# comments` (an apostrophe in one would open a string). */
const uncommented = (source: string) => source.replace(/^(\s*)#.*$|\s+#\s.*$/gm, '$1');

/** The text between the `(` at `open` and its matching `)`. */
function group(text: string, open: number): string {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if ((depth += ch === '(' ? 1 : ch === ')' ? -1 : 0) === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses after offset ${open}`);
}

/** The top-level, comma-separated arguments of a call's argument text. */
function args(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if (ch === ')' || ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.map((a) => a.trim()).filter(Boolean);
}

const PY_TYPES: [RegExp, string][] = [
  [/^sa\.(Integer|INTEGER)\b/, 'integer'],
  [/^sa\.(BigInteger|BIGINT)\b/, 'bigint'],
  [/^sa\.(Text|String)\b/, 'text'],
  [/^sa\.DateTime\(timezone=True\)/, 'timestamptz'],
  [/^sa\.Boolean\b/, 'boolean'],
];

/** Python string literals in `text`, adjacent ones joined as Python joins them. */
const pyStrings = (text: string) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!).join('');

/**
 * The tables `op.create_table(...)` calls create in an Alembic migration, read from its source
 * (no Python needed). It knows the migration's own helpers: `id_column()` (identity key),
 * `timestamp(name[, nullable=True])`, `created(name)` (NOT NULL DEFAULT now()) and `<column>_check()`
 * (a CHECK on that column whose SQL differs by engine). Anything else fails loudly.
 */
export function alembicShapes(python: string): Map<string, Shape> {
  const source = uncommented(python);
  const shapes = new Map<string, Shape>();
  for (const m of source.matchAll(/op\.create_table\(/g)) {
    const [tableArg, ...items] = args(group(source, m.index! + m[0].length - 1));
    const table = pyStrings(tableArg!);
    const shape: Shape = { columns: [], primaryKey: [], foreignKeys: [], checks: [], uniques: [] };
    const names: string[] = [];
    const checks: string[] = [];
    for (const item of items) {
      const call = /^([\w.]+)\(/.exec(item);
      const inner = call ? group(item, call[0].length - 1) : '';
      const fn = call?.[1];
      if (item.startsWith('**')) continue; // dialect options
      if (fn === 'id_column') {
        names.push('id');
        shape.columns.push('id key NOT NULL DEFAULT');
        shape.primaryKey.push('id');
      } else if (fn === 'timestamp' || fn === 'created') {
        const [name, ...rest] = args(inner);
        names.push(pyStrings(name!));
        const notNull = fn === 'created' || !rest.includes('nullable=True');
        shape.columns.push(`${pyStrings(name!)} timestamptz${notNull ? ' NOT NULL' : ''}${fn === 'created' ? ' DEFAULT' : ''}`);
      } else if (fn && /^\w+_check$/.test(fn)) {
        checks.push(`COLUMN ${fn.slice(0, -'_check'.length)}`);
      } else if (fn === 'sa.CheckConstraint') {
        checks.push(pyStrings(args(inner)[0]!));
      } else if (fn === 'sa.Column') {
        const [name, type, ...rest] = args(inner);
        const column = pyStrings(name!);
        names.push(column);
        const family = PY_TYPES.find(([re]) => re.test(type!))?.[1];
        if (!family) throw new Error(`${table}.${column}: unknown column type ${type}`);
        const pk = rest.includes('primary_key=True');
        const notNull = pk || rest.includes('nullable=False');
        const hasDefault = rest.some((a) => a.startsWith('server_default='));
        shape.columns.push(`${column} ${family}${notNull ? ' NOT NULL' : ''}${hasDefault ? ' DEFAULT' : ''}`);
        if (pk) shape.primaryKey.push(column);
        if (rest.includes('unique=True')) shape.uniques.push(`UNIQUE (${column})`);
        const fk = rest.find((a) => a.startsWith('sa.ForeignKey('));
        if (fk) {
          const fkArgs = args(group(fk, fk.indexOf('(')));
          const [refTable, refColumn] = pyStrings(fkArgs[0]!).split('.');
          const onDelete = fkArgs.find((a) => a.startsWith('ondelete='));
          shape.foreignKeys.push(`(${column}) → ${refTable}(${refColumn}) ON DELETE ${onDelete ? pyStrings(onDelete) : 'NO ACTION'}`);
        }
      } else {
        throw new Error(`${table}: cannot read ${item.slice(0, 60)}`);
      }
    }
    shape.checks = checks.map((c) => (c.startsWith('COLUMN ') ? `CHECK on (${c.slice(7)})` : checkOn(c, names)));
    for (const key of Object.keys(shape) as (keyof Shape)[]) shape[key] = sorted(shape[key]);
    shapes.set(table, shape);
  }
  return shapes;
}
