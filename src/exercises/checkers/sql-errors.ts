/** The fields of a PostgreSQL error that PGlite passes through. */
interface PgError {
  message: string;
  position?: string | number;
  detail?: string;
  hint?: string;
  severity?: string;
}

const isPgError = (e: unknown): e is PgError =>
  typeof e === 'object' && e !== null && 'message' in e && ('severity' in e || 'position' in e);

/** 1-based line and column of a 1-based character offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, position - 1));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * An error the way psql shows it: `ERROR: message`, then the line with a caret under the position,
 * then DETAIL/HINT. `label` names the file ("orders.sql") the position refers to.
 */
export function formatSqlError(error: unknown, sql: string, label: string): string {
  if (!isPgError(error)) return error instanceof Error ? error.message : String(error);
  const parts = [`${error.severity ?? 'ERROR'}: ${error.message}`];
  const position = Number(error.position);
  if (Number.isInteger(position) && position > 0) {
    const { line, column } = lineAndColumn(sql, position);
    const text = sql.split('\n')[line - 1] ?? '';
    parts.push(`  at ${label}:${line}:${column}`, `  ${text}`, `  ${' '.repeat(column - 1)}^`);
  }
  if (error.detail) parts.push(`DETAIL: ${error.detail}`);
  if (error.hint) parts.push(`HINT: ${error.hint}`);
  return parts.join('\n');
}
