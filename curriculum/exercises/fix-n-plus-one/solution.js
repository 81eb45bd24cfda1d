// Week 12 — the N+1 query problem, fixed by batching: 2 queries whatever the number of posts.

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 */
export async function getPostsWithAuthors(db) {
  const { rows: posts } = await db.query('SELECT id, title, author_id FROM posts ORDER BY id');

  // Each author once, and no query at all when there is nothing to look up.
  const ids = [...new Set(posts.map((p) => p.author_id).filter((id) => id !== null && id !== undefined))];
  const { rows: users } = ids.length > 0
    ? await db.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [ids])
    : { rows: [] };

  // Rows come back in no particular order: look them up by id, not by position.
  const byId = new Map(users.map((u) => [u.id, { id: u.id, display_name: u.display_name }]));
  return posts.map((p) => ({ id: p.id, title: p.title, author: byId.get(p.author_id) ?? null }));
}
