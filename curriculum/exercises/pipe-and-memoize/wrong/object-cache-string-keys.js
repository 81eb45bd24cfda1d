// Wrong: a plain object turns every key into a string, so 1 and '1' share one entry; and
// `if (cache[key])` runs fn again whenever the stored result is falsy (undefined, 0, '').
export function pipe(...fns) {
  return (input) => fns.reduce((value, fn) => fn(value), input);
}

export function compose(...fns) {
  return (input) => fns.reduceRight((value, fn) => fn(value), input);
}

export function memoize(fn) {
  const cache = {};
  return (arg) => {
    if (!cache[arg]) cache[arg] = fn(arg);
    return cache[arg];
  };
}
