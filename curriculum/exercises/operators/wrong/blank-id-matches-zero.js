// Wrong: converts with Number() but forgets that Number('') and Number('  ') are 0.
export function isEven(n) {
  return n % 2 === 0;
}

export function isOdd(n) {
  return n % 2 !== 0;
}

export function power(base, exponent) {
  return base ** exponent;
}

export function inRange(n, min, max) {
  return n >= min && n <= max;
}

export function withDefault(value, fallback) {
  return value ?? fallback;
}

export function idsMatch(routeId, recordId) {
  return Number(routeId) === recordId;
}
