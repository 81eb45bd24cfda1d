// Week 2 — Operators without surprises (reference solution)

export function isEven(n) {
  return n % 2 === 0;
}

export function isOdd(n) {
  // The remainder keeps the sign of the dividend: -3 % 2 is -1, so test "not zero".
  return n % 2 !== 0;
}

export function power(base, exponent) {
  return base ** exponent;
}

export function inRange(n, min, max) {
  return n >= min && n <= max;
}

export function withDefault(value, fallback) {
  // ?? only falls back on null/undefined; 0, '' and false are real values.
  return value ?? fallback;
}

export function idsMatch(routeId, recordId) {
  // Number('') is 0, so a blank id must be rejected before converting.
  if (routeId.trim() === '') return false;
  return Number(routeId) === recordId;
}
