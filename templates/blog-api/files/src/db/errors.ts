/**
 * True when a database error is a UNIQUE constraint violation, in either engine.
 * SQLite (better-sqlite3) reports code SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY,
 * PostgreSQL (pg and PGlite) reports SQLSTATE 23505.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
