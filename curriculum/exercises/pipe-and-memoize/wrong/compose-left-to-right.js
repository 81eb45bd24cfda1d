// Wrong: compose applies the functions left to right, exactly like pipe.
export function pipe(...fns) {
  return (input) => fns.reduce((value, fn) => fn(value), input);
}

export function compose(...fns) {
  return (input) => fns.reduce((value, fn) => fn(value), input);
}

export function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}
