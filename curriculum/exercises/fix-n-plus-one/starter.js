// Week 12 — the N+1 query problem.
// This works, but makes one query for the posts and then one more per post.

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 * @returns {Promise<Array<{ id: number, title: string, author: { id: number, display_name: string } | null }>>}
 */
export async function getPostsWithAuthors(db) {
  const { rows: posts } = await db.query('SELECT id, title, author_id FROM posts ORDER BY id');
  const result = [];
  for (const post of posts) {
    // N more round trips: one per post
    const { rows } = await db.query('SELECT id, display_name FROM users WHERE id = $1', [post.author_id]);
    result.push({ id: post.id, title: post.title, author: rows[0] ?? null });
  }
  return result;
}
