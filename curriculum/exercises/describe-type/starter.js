// Week 1 — Describe a value's type
//
// describeType(value) returns a short name for the kind of value it receives:
// "string", "number", "nan", "boolean", "undefined", "null", "array", "object",
// "function", "bigint" or "symbol".
//
// This version trusts `typeof` completely. Run the checks to see where it lies,
// then fix it.

export function describeType(value) {
  return typeof value;
}
