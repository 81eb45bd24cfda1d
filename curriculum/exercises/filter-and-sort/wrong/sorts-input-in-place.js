// Wrong: without filters it sorts the caller's array itself (Array.prototype.sort works in
// place), which changes data the caller still holds, or throws on a frozen array; and any
// unknown status is silently treated as "no filter".
const SORTABLE = new Set(['createdAt', 'title', 'views']);
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });

export function listPosts(posts, query = {}) {
  const { status, author, sort = '-createdAt' } = query;
  const keys = sort.split(',').map((part) => (part.startsWith('-') ? { field: part.slice(1), direction: -1 } : { field: part, direction: 1 }));
  const unknown = keys.find(({ field }) => !SORTABLE.has(field));
  if (unknown) return fail(422, 'INVALID_SORT', `Cannot sort by "${unknown.field}"`);
  let data = posts;
  if (status === 'draft' || status === 'published') data = data.filter((post) => post.status === status);
  if (author !== undefined) data = data.filter((post) => post.author === author);
  data.sort((a, b) => {
    for (const { field, direction } of keys) {
      const order = typeof a[field] === 'string' ? a[field].localeCompare(b[field]) : a[field] - b[field];
      if (order !== 0) return order * direction;
    }
    return 0;
  });
  return { status: 200, body: { data } };
}
