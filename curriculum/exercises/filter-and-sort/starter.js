// Week 8 — Filter and sort from the query string
//
// listPosts(posts, query) → { status, body }
//   filters: status ('draft' | 'published', else 422 INVALID_FILTER), author (exact match)
//   sort: comma-separated fields from createdAt, title, views; '-' = descending;
//         unknown field → 422 INVALID_SORT; default '-createdAt'
//   success: 200 { data }. posts must not be modified.

export function listPosts(posts, query) {
  // Trusts the client completely: sorts by whatever it names, in place.
  const field = query.sort ?? 'createdAt';
  const data = posts.sort((a, b) => (a[field] > b[field] ? 1 : -1));
  return { status: 200, body: { data } };
}
