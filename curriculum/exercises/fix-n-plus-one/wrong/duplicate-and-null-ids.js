// Wrong: sends every post's author_id, duplicates and nulls included, and still queries the
// users table when there are no posts at all.
export async function getPostsWithAuthors(db) {
  const { rows: posts } = await db.query('SELECT id, title, author_id FROM posts ORDER BY id');
  const { rows: users } = await db.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [posts.map((p) => p.author_id)]);
  const byId = new Map(users.map((u) => [u.id, { id: u.id, display_name: u.display_name }]));
  return posts.map((p) => ({ id: p.id, title: p.title, author: byId.get(p.author_id) ?? null }));
}
