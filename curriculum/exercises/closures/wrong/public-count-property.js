// Wrong: keeps the count on the returned object, where any caller can overwrite it
// (counter.count = 1e9), instead of in a closure variable.
export function createGreeting(greeting) {
  return (name) => `${greeting}, ${name}!`;
}

export function createCounter(start = 0, step = 1) {
  return {
    count: start,
    increment() { return (this.count += step); },
    decrement() { return (this.count -= step); },
    value() { return this.count; },
    reset() { return (this.count = start); },
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
