// Wrong: sorts by whatever field the client names (?sort=password is accepted), so clients
// can probe hidden properties and force sorts on unindexed columns.
const STATUSES = new Set(['draft', 'published']);
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });

export function listPosts(posts, query = {}) {
  const { status, author, sort = '-createdAt' } = query;
  if (status !== undefined && !STATUSES.has(status)) return fail(422, 'INVALID_FILTER', 'status must be "draft" or "published"');
  const keys = sort.split(',').map((part) => (part.startsWith('-') ? { field: part.slice(1), direction: -1 } : { field: part, direction: 1 }));
  const data = posts.filter((post) => (status === undefined || post.status === status) && (author === undefined || post.author === author));
  data.sort((a, b) => {
    for (const { field, direction } of keys) {
      const x = a[field];
      const y = b[field];
      const order = typeof x === 'string' ? String(x).localeCompare(String(y)) : (x ?? 0) - (y ?? 0);
      if (order !== 0) return order * direction;
    }
    return 0;
  });
  return { status: 200, body: { data } };
}
