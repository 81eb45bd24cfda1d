// Wrong: the global isNaN() converts its argument first, so "hello", undefined and {}
// all count as NaN; only Number.isNaN asks "is this the NaN value?".
export function describeType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'symbol' && typeof value !== 'bigint' && isNaN(value)) return 'nan';
  return typeof value;
}
