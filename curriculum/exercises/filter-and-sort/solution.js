// Week 8 — Filter and sort from the query string (reference solution)

const SORTABLE = new Set(['createdAt', 'title', 'views']);
const STATUSES = new Set(['draft', 'published']);

const fail = (status, code, message) => ({ status, body: { error: { code, message } } });

// '-views,title' → [{ field: 'views', direction: -1 }, { field: 'title', direction: 1 }]
function parseSort(sort) {
  return sort.split(',').map((part) =>
    part.startsWith('-') ? { field: part.slice(1), direction: -1 } : { field: part, direction: 1 },
  );
}

function compareValues(a, b) {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  return a - b;
}

export function listPosts(posts, query = {}) {
  const { status, author, sort = '-createdAt' } = query;

  if (status !== undefined && !STATUSES.has(status)) {
    return fail(422, 'INVALID_FILTER', 'status must be "draft" or "published"');
  }

  const keys = parseSort(sort);
  // An allow-list: clients may only sort by fields we chose to expose (and have indexes for).
  const unknown = keys.find(({ field }) => !SORTABLE.has(field));
  if (unknown) return fail(422, 'INVALID_SORT', `Cannot sort by "${unknown.field}"`);

  // filter() returns a new array, so the sort below never touches the caller's posts.
  const data = posts.filter(
    (post) => (status === undefined || post.status === status) && (author === undefined || post.author === author),
  );

  data.sort((a, b) => {
    for (const { field, direction } of keys) {
      const order = compareValues(a[field], b[field]);
      if (order !== 0) return order * direction;
    }
    return 0;
  });

  return { status: 200, body: { data } };
}
