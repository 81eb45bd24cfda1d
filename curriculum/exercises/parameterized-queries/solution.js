// Week 10 — parameterized queries: values never become part of the SQL text.

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @param {string} email
 */
export async function findUserByEmail(db, email) {
  const { rows } = await db.query('SELECT id, email, display_name FROM users WHERE email = $1', [email]);
  return rows[0] ?? null;
}

/** Any input → an integer in 1..50; garbage → the default. */
function clampLimit(limit) {
  const n = typeof limit === 'number' || typeof limit === 'string' ? Number(limit) : NaN;
  if (!Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(n)));
}

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @param {{ term: string, limit?: unknown }} options
 */
export async function searchPosts(db, { term, limit }) {
  // The wildcards are part of the *value*; the SQL text is the same for every search.
  const { rows } = await db.query(
    'SELECT id, title, created_at FROM posts WHERE title ILIKE $1 ORDER BY created_at DESC LIMIT $2',
    [`%${term}%`, clampLimit(limit)],
  );
  return rows;
}
