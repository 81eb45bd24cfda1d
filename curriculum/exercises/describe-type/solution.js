// Week 1 — Describe a value's type (reference solution)

export function describeType(value) {
  // typeof null === 'object' is a bug from JavaScript's first version, kept for compatibility.
  if (value === null) return 'null';
  // Arrays are objects under the hood; Array.isArray is the reliable check.
  if (Array.isArray(value)) return 'array';
  // NaN is of type number, but treating it as a number is almost always a bug upstream.
  if (Number.isNaN(value)) return 'nan';
  return typeof value;
}
