// Wrong: starts from the first function instead of the input, so pipe() and compose()
// with no functions crash instead of returning the input.
export function pipe(first, ...rest) {
  return (input) => rest.reduce((value, fn) => fn(value), first(input));
}

export function compose(...fns) {
  return pipe(...fns.reverse());
}

export function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}
