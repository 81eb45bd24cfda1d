// Week 10 — SQL injection: this code works, and is dangerously wrong.
// Rewrite both functions to use $1/$2 placeholders and a params array.

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @param {string} email
 * @returns {Promise<object | null>}
 */
export async function findUserByEmail(db, email) {
  const { rows } = await db.query(`SELECT id, email, display_name FROM users WHERE email = '${email}'`);
  return rows[0] ?? null;
}

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @param {{ term: string, limit?: unknown }} options
 * @returns {Promise<object[]>}
 */
export async function searchPosts(db, { term, limit }) {
  const { rows } = await db.query(
    `SELECT id, title, created_at FROM posts WHERE title ILIKE '%${term}%' ORDER BY created_at DESC LIMIT ${limit}`,
  );
  return rows;
}
