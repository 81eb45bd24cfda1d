// Wrong: n % 2 === 1 is false for negative odd numbers (-3 % 2 is -1).
export function isEven(n) {
  return n % 2 === 0;
}

export function isOdd(n) {
  return n % 2 === 1;
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
  if (routeId.trim() === '') return false;
  return Number(routeId) === recordId;
}
