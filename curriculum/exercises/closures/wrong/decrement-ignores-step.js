// Wrong: decrement always subtracts 1, whatever step the counter was created with.
export function createGreeting(greeting) {
  return (name) => `${greeting}, ${name}!`;
}

export function createCounter(start = 0, step = 1) {
  let count = start;
  return {
    increment: () => (count += step),
    decrement: () => --count,
    value: () => count,
    reset: () => (count = start),
  };
}

export function once(fn) {
  let called = false;
  let result;
  return (...args) => {
    if (!called) {
      called = true;
      result = fn(...args);
    }
    return result;
  };
}
