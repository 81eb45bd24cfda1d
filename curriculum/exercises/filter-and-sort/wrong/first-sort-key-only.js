// Wrong: only the first field of ?sort= is used, so ties (two posts with 120 views) keep
// whatever order they came in instead of being sorted by title.
const SORTABLE = new Set(['createdAt', 'title', 'views']);
const STATUSES = new Set(['draft', 'published']);
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });

export function listPosts(posts, query = {}) {
  const { status, author, sort = '-createdAt' } = query;
  if (status !== undefined && !STATUSES.has(status)) return fail(422, 'INVALID_FILTER', 'status must be "draft" or "published"');
  const fields = sort.split(',');
  const bad = fields.find((f) => !SORTABLE.has(f.replace(/^-/, '')));
  if (bad) return fail(422, 'INVALID_SORT', `Cannot sort by "${bad.replace(/^-/, '')}"`);
  const [first] = fields;
  const field = first.replace(/^-/, '');
  const direction = first.startsWith('-') ? -1 : 1;
  const data = posts.filter((post) => (status === undefined || post.status === status) && (author === undefined || post.author === author));
  data.sort((a, b) => direction * (typeof a[field] === 'string' ? a[field].localeCompare(b[field]) : a[field] - b[field]));
  return { status: 200, body: { data } };
}
