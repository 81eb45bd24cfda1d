// Wrong: the term is a parameter, but the limit is written into the SQL text, and parseInt
// reads '10; DROP TABLE posts' as 10 instead of falling back to the default.
export async function findUserByEmail(db, email) {
  const { rows } = await db.query('SELECT id, email, display_name FROM users WHERE email = $1', [email]);
  return rows[0] ?? null;
}

export async function searchPosts(db, { term, limit }) {
  const n = parseInt(limit, 10);
  const safeLimit = Number.isNaN(n) ? 20 : Math.min(50, Math.max(1, n));
  const { rows } = await db.query(
    `SELECT id, title, created_at FROM posts WHERE title ILIKE $1 ORDER BY created_at DESC LIMIT ${safeLimit}`,
    [`%${term}%`],
  );
  return rows;
}
