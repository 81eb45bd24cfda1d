// Week 4 — Functions that remember (closures) (reference solution)

export function createGreeting(greeting) {
  // The returned function closes over `greeting`.
  return (name) => `${greeting}, ${name}!`;
}

export function createCounter(start = 0, step = 1) {
  // Each call gets its own `count`; nothing outside these four methods can reach it.
  let count = start;
  return {
    increment: () => (count += step),
    decrement: () => (count -= step),
    value: () => count,
    reset: () => (count = start),
  };
}

export function once(fn) {
  let called = false;
  let result;
  return (...args) => {
    // A flag, not `result === undefined`: the first result may legitimately be undefined.
    if (!called) {
      called = true;
      result = fn(...args);
    }
    return result;
  };
}
