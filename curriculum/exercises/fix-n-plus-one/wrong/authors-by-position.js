// Wrong: one batched query, but the authors are matched to posts by position (users[i]),
// while the rows come back in any order and with one row per distinct author.
export async function getPostsWithAuthors(db) {
  const { rows: posts } = await db.query('SELECT id, title, author_id FROM posts ORDER BY id');
  const ids = posts.map((p) => p.author_id);
  const { rows: users } = await db.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [ids]);
  return posts.map((p, i) => ({ id: p.id, title: p.title, author: users[i] ? { id: users[i].id, display_name: users[i].display_name } : null }));
}
