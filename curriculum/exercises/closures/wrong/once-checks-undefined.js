// Wrong: uses `result === undefined` as "not called yet", so a function whose result is
// undefined runs again on every call.
export function createGreeting(greeting) {
  return (name) => `${greeting}, ${name}!`;
}

export function createCounter(start = 0, step = 1) {
  let count = start;
  return {
    increment: () => (count += step),
    decrement: () => (count -= step),
    value: () => count,
    reset: () => (count = start),
  };
}

export function once(fn) {
  let result;
  return (...args) => {
    if (result === undefined) result = fn(...args);
    return result;
  };
}
