// Week 2 — Operators without surprises
//
// Every function here has an operator bug. The checks tell you which inputs go wrong.

export function isEven(n) {
  return n % 2 === 0;
}

export function isOdd(n) {
  return n % 2 === 1; // what is -3 % 2 ?
}

export function power(base, exponent) {
  return base ^ exponent; // is ^ really "to the power of"?
}

export function inRange(n, min, max) {
  return n > min && n < max; // should the ends count?
}

export function withDefault(value, fallback) {
  return value || fallback; // what happens with 0 or ''?
}

export function idsMatch(routeId, recordId) {
  return routeId == recordId; // loose equality: what does '' == 0 give?
}
