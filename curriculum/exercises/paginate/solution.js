// Week 8 — Paginate a list (reference solution)

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const POSITIVE_INTEGER = /^[1-9]\d*$/;

function readPositiveInt(query, name, fallback) {
  const value = query[name];
  if (value === undefined) return fallback;
  // Query values are strings; a strict pattern rejects '1.5', '-1', '' and '12abc'.
  if (!POSITIVE_INTEGER.test(String(value))) {
    throw new RangeError(`${name} must be a positive integer`);
  }
  return Number(value);
}

export function paginate(items, query = {}) {
  const page = readPositiveInt(query, 'page', 1);
  // Clamp instead of failing: a client asking for too much still gets a useful answer.
  const limit = Math.min(readPositiveInt(query, 'limit', DEFAULT_LIMIT), MAX_LIMIT);

  const total = items.length;
  const start = (page - 1) * limit;
  return {
    data: items.slice(start, start + limit), // slice copies; past the end it is simply []
    meta: { page, limit, total, totalPages: Math.ceil(total / limit) },
  };
}
