// Week 4 — Functions that remember (closures)
//
// createGreeting(greeting) → (name) => 'Hello, Developer!'
// createCounter(start = 0, step = 1) → { increment, decrement, value, reset }, independent counters
// once(fn) → calls fn the first time only, then keeps returning the first result

let count = 0; // shared by every counter: is that what we want?

export function createGreeting(greeting) {
  return (name) => greeting + name;
}

export function createCounter(start = 0, step = 1) {
  count = start;
  return {
    increment: () => (count += step),
    decrement: () => (count -= step),
    value: () => count,
    reset: () => (count = start),
  };
}

export function once(fn) {
  return (...args) => fn(...args); // calls fn every time
}
