// Wrong: runs the per-post queries in parallel with Promise.all. It is faster on a laptop,
// but it is still 1 + N queries (and N connections taken from the pool at once).
export async function getPostsWithAuthors(db) {
  const { rows: posts } = await db.query('SELECT id, title, author_id FROM posts ORDER BY id');
  return Promise.all(
    posts.map(async (p) => {
      if (p.author_id === null) return { id: p.id, title: p.title, author: null };
      const { rows } = await db.query('SELECT id, display_name FROM users WHERE id = $1', [p.author_id]);
      return { id: p.id, title: p.title, author: rows[0] ? { id: rows[0].id, display_name: rows[0].display_name } : null };
    }),
  );
}
