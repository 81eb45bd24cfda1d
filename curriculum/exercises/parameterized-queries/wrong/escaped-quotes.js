// Wrong: "escapes" quotes by doubling them and still builds the SQL as a string. Hand-made
// escaping misses cases (backslashes, encodings, other contexts such as LIMIT); parameters
// do not need it at all.
const escape = (value) => String(value).replaceAll("'", "''");

export async function findUserByEmail(db, email) {
  const { rows } = await db.query(`SELECT id, email, display_name FROM users WHERE email = '${escape(email)}'`);
  return rows[0] ?? null;
}

export async function searchPosts(db, { term, limit }) {
  const n = Number(limit);
  const safeLimit = Number.isFinite(n) ? Math.min(50, Math.max(1, Math.trunc(n))) : 20;
  const { rows } = await db.query(
    `SELECT id, title, created_at FROM posts WHERE title ILIKE '%${escape(term)}%' ORDER BY created_at DESC LIMIT $1`,
    [safeLimit],
  );
  return rows;
}
