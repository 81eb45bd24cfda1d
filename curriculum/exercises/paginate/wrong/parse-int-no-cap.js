// Wrong: parseInt accepts '1.5' and '2x', and ?limit=1000000 is honoured, so one request
// can ask for every row.
function readPositiveInt(query, name, fallback) {
  const value = query[name];
  if (value === undefined) return fallback;
  const number = parseInt(value, 10);
  if (!(number > 0)) throw new RangeError(`${name} must be a positive integer`);
  return number;
}

export function paginate(items, query = {}) {
  const page = readPositiveInt(query, 'page', 1);
  const limit = readPositiveInt(query, 'limit', 10);
  const start = (page - 1) * limit;
  return {
    data: items.slice(start, start + limit),
    meta: { page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) },
  };
}
