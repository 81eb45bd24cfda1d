// Wrong: start = page * limit is off by one page: page 1 shows items 11–20 and page 1 of
// a short list is empty.
const POSITIVE_INTEGER = /^[1-9]\d*$/;

function readPositiveInt(query, name, fallback) {
  const value = query[name];
  if (value === undefined) return fallback;
  if (!POSITIVE_INTEGER.test(String(value))) throw new RangeError(`${name} must be a positive integer`);
  return Number(value);
}

export function paginate(items, query = {}) {
  const page = readPositiveInt(query, 'page', 1);
  const limit = Math.min(readPositiveInt(query, 'limit', 10), 100);
  const start = page * limit;
  return {
    data: items.slice(start, start + limit),
    meta: { page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) },
  };
}
