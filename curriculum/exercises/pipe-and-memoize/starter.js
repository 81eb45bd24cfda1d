// Week 4 — Build pipe, compose and memoize
//
// pipe(...fns)(x)    → runs fns left to right
// compose(...fns)(x) → runs fns right to left
// memoize(fn)        → a one-argument function that remembers each argument's result

export function pipe(...fns) {
  return (input) => fns[0](input); // only runs the first function
}

export function compose(...fns) {
  throw new Error('Not implemented yet: compose');
}

export function memoize(fn) {
  return fn; // TODO: remember results in a Map
}
