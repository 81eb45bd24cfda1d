import type { CaseResult } from '../types.js';

/** A result set reduced to comparable text: JSON-safe, so a solution's can be cached on disk. */
export interface RowSet {
  columns: string[];
  rows: (string | null)[][];
}

const hex = (bytes: Uint8Array) => `\\x${Buffer.from(bytes).toString('hex')}`;

/** One value as text; equal values of different driver types (int vs bigint, Date) compare equal. */
export function canonical(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (value instanceof Uint8Array) return hex(value);
  if (typeof value === 'object') return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

export function toRowSet(fields: { name: string }[], rows: Record<string, unknown>[] | unknown[][]): RowSet {
  return {
    columns: fields.map((f) => f.name),
    rows: rows.map((row) => (Array.isArray(row) ? row : fields.map((f) => (row as Record<string, unknown>)[f.name])).map(canonical)),
  };
}

const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** `2` equals `2.00` (an integer column vs numeric SUM): a numeric type is not what the task is about. */
function sameValue(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && NUMERIC.test(a) && NUMERIC.test(b) && Number(a) === Number(b);
}

const sameRow = (a: (string | null)[], b: (string | null)[]) => a.length === b.length && a.every((v, i) => sameValue(v, b[i] ?? null));

const showValue = (v: string | null) => (v === null ? 'NULL' : NUMERIC.test(v) ? v : `'${v}'`);
const showRow = (r: (string | null)[]) => `(${r.map(showValue).join(', ')})`;
const showRows = (rows: (string | null)[][], limit = 5) =>
  rows.length === 0 ? '(none)' : rows.slice(0, limit).map(showRow).join('\n') + (rows.length > limit ? `\n… ${rows.length - limit} more` : '');

/** Rows of `a` with no partner in `b`, matching each row of `b` at most once (a multiset difference). */
function unmatched(a: (string | null)[][], b: (string | null)[][]): (string | null)[][] {
  const pool = [...b];
  return a.filter((row) => {
    const i = pool.findIndex((other) => sameRow(row, other));
    if (i < 0) return true;
    pool.splice(i, 1);
    return false;
  });
}

/** Cases for a query result: its columns, its row count, its rows, and (when asked) their order. */
export function compareRowSets(expected: RowSet, actual: RowSet, ordered: boolean): CaseResult[] {
  const cols = expected.columns.join(', ');
  const n = expected.rows.length;
  const cases: CaseResult[] = [
    {
      name: `the result has the columns ${cols}`,
      passed: expected.columns.length === actual.columns.length && expected.columns.every((c, i) => c === actual.columns[i]),
      expected: cols,
      actual: actual.columns.join(', ') || '(no columns)',
      message: 'Name and order the columns as the task says (use AS to rename).',
    },
    { name: `the result has ${n} row${n === 1 ? '' : 's'}`, passed: actual.rows.length === n, expected: String(n), actual: String(actual.rows.length) },
  ];
  const missing = unmatched(expected.rows, actual.rows);
  const extra = unmatched(actual.rows, expected.rows);
  cases.push({
    name: 'the rows hold the expected values',
    passed: missing.length === 0 && extra.length === 0,
    expected: missing.length ? `rows missing from your result:\n${showRows(missing)}` : showRows(expected.rows),
    actual: extra.length ? `rows that should not be there:\n${showRows(extra)}` : showRows(actual.rows),
  });
  if (ordered && missing.length === 0 && extra.length === 0) {
    const wrongAt = expected.rows.findIndex((row, i) => !sameRow(row, actual.rows[i] ?? []));
    cases.push({
      name: 'the rows come in the expected order',
      passed: wrongAt < 0,
      expected: showRows(expected.rows),
      actual: showRows(actual.rows),
      ...(wrongAt >= 0 ? { message: `Row ${wrongAt + 1} is out of place: check your ORDER BY (and its direction).` } : {}),
    });
  }
  return cases.map((c) => (c.passed ? { name: c.name, passed: true } : c));
}
