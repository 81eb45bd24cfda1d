import type { PGlite } from '@electric-sql/pglite';

// Every object a user creates gets an OID from FirstNormalObjectId (16384) up; a freshly initialised
// cluster has none. Counting them in the catalogs that could change what a query returns (tables and
// views, functions, types, operators, casts, rules, triggers, extensions, schemas) tells an empty
// snapshot from one that is foreign or was tampered with, in one short query.
const CATALOGS = ['pg_class', 'pg_proc', 'pg_type', 'pg_operator', 'pg_cast', 'pg_rewrite', 'pg_trigger', 'pg_extension', 'pg_namespace', 'pg_database'];
const COUNT_USER_OBJECTS = `SELECT ${CATALOGS.map((t) => `(SELECT count(*) FROM ${t} WHERE oid >= 16384)`).join(' + ')} AS n`;

/** Throws unless the database restored from the snapshot holds nothing a user created. */
export async function assertPristine(db: PGlite): Promise<void> {
  const r = await db.query<{ n: number | string }>(COUNT_USER_OBJECTS);
  const n = Number(r.rows[0]?.n);
  if (n !== 0) throw new Error(`the SQL snapshot holds ${Number.isNaN(n) ? 'unknown' : n} objects an empty cluster does not`);
}
