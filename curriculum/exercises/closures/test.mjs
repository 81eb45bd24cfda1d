import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { createGreeting, createCounter, once } = mod;

test('createGreeting("Hello")("Developer") returns "Hello, Developer!"', () => {
  assert.equal(createGreeting('Hello')('Developer'), 'Hello, Developer!');
});

test('two greeting functions keep their own greeting', () => {
  const hi = createGreeting('Hi');
  const welcome = createGreeting('Welcome');
  assert.equal(hi('Ada'), 'Hi, Ada!');
  assert.equal(welcome('Ada'), 'Welcome, Ada!');
});

test('createCounter() starts at 0 and counts up and down by 1', () => {
  const c = createCounter();
  assert.equal(c.value(), 0);
  assert.equal(c.increment(), 1);
  assert.equal(c.increment(), 2);
  assert.equal(c.decrement(), 1);
  assert.equal(c.value(), 1);
});

test('createCounter(10, 5) steps by 5 and reset() returns to 10', () => {
  const c = createCounter(10, 5);
  assert.equal(c.increment(), 15);
  assert.equal(c.increment(), 20);
  assert.equal(c.reset(), 10);
  assert.equal(c.value(), 10);
});

test('decrement() also moves by step: createCounter(10, 5) counts down 5, 0, -5', () => {
  const c = createCounter(10, 5);
  assert.equal(c.decrement(), 5, 'decrement() must subtract step (5), not 1');
  assert.equal(c.decrement(), 0);
  assert.equal(c.decrement(), -5);
  assert.equal(c.value(), -5);
  assert.equal(c.increment(), 0);
});

test('two counters are independent of each other', () => {
  const a = createCounter();
  const b = createCounter(100);
  a.increment();
  a.increment();
  assert.equal(a.value(), 2);
  assert.equal(b.value(), 100);
});

test('the count is private: the counter only exposes its four methods', () => {
  const c = createCounter();
  assert.deepEqual(Object.keys(c).sort(), ['decrement', 'increment', 'reset', 'value']);
});

test('once(fn) calls fn only the first time and returns the first result afterwards', () => {
  let calls = 0;
  const connect = once((url) => {
    calls += 1;
    return `connected to ${url}`;
  });
  assert.equal(connect('db://a'), 'connected to db://a');
  assert.equal(connect('db://b'), 'connected to db://a');
  assert.equal(calls, 1);
});

test('once(fn) does not call fn again even when its first result was undefined', () => {
  let calls = 0;
  const init = once(() => {
    calls += 1;
  });
  init();
  init();
  assert.equal(calls, 1);
});
