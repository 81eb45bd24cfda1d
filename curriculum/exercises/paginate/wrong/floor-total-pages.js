// Wrong: Math.floor(total / limit) drops the last, partial page (25 items → 2 pages), and a
// page past the end is "corrected" to the last page instead of returning [].
const POSITIVE_INTEGER = /^[1-9]\d*$/;

function readPositiveInt(query, name, fallback) {
  const value = query[name];
  if (value === undefined) return fallback;
  if (!POSITIVE_INTEGER.test(String(value))) throw new RangeError(`${name} must be a positive integer`);
  return Number(value);
}

export function paginate(items, query = {}) {
  const limit = Math.min(readPositiveInt(query, 'limit', 10), 100);
  const totalPages = Math.floor(items.length / limit);
  const page = Math.min(readPositiveInt(query, 'page', 1), Math.max(totalPages, 1));
  const start = (page - 1) * limit;
  return {
    data: items.slice(start, start + limit),
    meta: { page, limit, total: items.length, totalPages },
  };
}
