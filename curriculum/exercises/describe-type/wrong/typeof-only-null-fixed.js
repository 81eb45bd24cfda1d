// Wrong: handles null, but trusts typeof for the rest: arrays come back as "object"
// and NaN as "number".
export function describeType(value) {
  if (value === null) return 'null';
  return typeof value;
}
