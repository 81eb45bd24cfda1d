// Week 4 — Build pipe, compose and memoize (reference solution)

export function pipe(...fns) {
  // The input is reduce's initial value, so pipe() with no functions is the identity.
  return (input) => fns.reduce((value, fn) => fn(value), input);
}

export function compose(...fns) {
  return (input) => fns.reduceRight((value, fn) => fn(value), input);
}

export function memoize(fn) {
  // One cache per memoized function; Map keys compare like ===, so 1 and '1' stay apart.
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}
