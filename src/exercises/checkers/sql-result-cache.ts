import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeAtomic } from '../../core/atomic-write.js';

/**
 * The reference solution's cached result, sealed: the entry names its key (the file name it was
 * written under) and a hash of its content. A file that is unreadable, cut short, edited, or copied
 * from another exercise's entry is not trusted: the caller runs the solution again and rewrites it.
 */
interface Sealed {
  key: string;
  sha256: string;
  value: unknown;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const isText = (v: unknown) => v === null || typeof v === 'string';
const isRowSet = (v: unknown): boolean => {
  const r = v as { columns?: unknown; rows?: unknown };
  return Array.isArray(r.columns) && r.columns.every((c) => typeof c === 'string') && Array.isArray(r.rows) && r.rows.every((row) => Array.isArray(row) && row.every(isText));
};
const isTable = (v: unknown): boolean => {
  const t = v as Record<string, unknown>;
  return typeof t.name === 'string' && typeof t.exists === 'boolean' && ['columns', 'primaryKey', 'foreignKeys', 'checks', 'indexes'].every((k) => Array.isArray(t[k]) && (t[k] as unknown[]).every((s) => typeof s === 'string'));
};

/** The shapes sql-run.ts records: `{kind:'rows', rows}` or `{kind:'schema', tables}`. */
function isCapture(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as { kind?: unknown; rows?: unknown; tables?: unknown };
  if (c.kind === 'rows') return isRowSet(c.rows);
  return c.kind === 'schema' && Array.isArray(c.tables) && c.tables.every(isTable);
}

/** The cached capture, or undefined when there is none that can be trusted. */
export function readCachedCapture(file: string): unknown {
  let sealed: Sealed;
  try {
    sealed = JSON.parse(readFileSync(file, 'utf8')) as Sealed;
  } catch {
    return undefined; // missing, unreadable or not JSON
  }
  if (typeof sealed !== 'object' || sealed === null || sealed.key !== basename(file)) return undefined;
  if (sealed.sha256 !== digest(sealed.value) || !isCapture(sealed.value)) return undefined;
  return sealed.value;
}

export function writeCachedCapture(file: string, value: unknown): void {
  writeAtomic(file, JSON.stringify({ key: basename(file), sha256: digest(value), value } satisfies Sealed));
}
