// Wrong: glues the values into the SQL text with a template literal: an email of
// ' OR '1'='1 turns "find this user" into "find every user".
export async function findUserByEmail(db, email) {
  const { rows } = await db.query(`SELECT id, email, display_name FROM users WHERE email = '${email}'`);
  return rows[0] ?? null;
}

export async function searchPosts(db, { term, limit }) {
  const n = Number(limit);
  const safeLimit = Number.isFinite(n) ? Math.min(50, Math.max(1, Math.trunc(n))) : 20;
  const { rows } = await db.query(
    `SELECT id, title, created_at FROM posts WHERE title ILIKE '%${term}%' ORDER BY created_at DESC LIMIT ${safeLimit}`,
  );
  return rows;
}
