import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { pipe, compose, memoize } = mod;

const double = (n) => n * 2;
const addOne = (n) => n + 1;

test('pipe runs functions left to right: pipe(double, addOne)(5) is 11', () => {
  assert.equal(pipe(double, addOne)(5), 11);
});

test('pipe turns "  Hello World " into "hello-world" with three string steps', () => {
  const slug = pipe((s) => s.trim(), (s) => s.toLowerCase(), (s) => s.replaceAll(' ', '-'));
  assert.equal(slug('  Hello World '), 'hello-world');
});

test('compose runs functions right to left: compose(addOne, double)(5) is 11', () => {
  assert.equal(compose(addOne, double)(5), 11);
  assert.equal(compose(double, addOne)(5), 12);
});

test('pipe() and compose() with no functions return the input unchanged', () => {
  assert.equal(pipe()(7), 7);
  assert.equal(compose()('x'), 'x');
});

test('memoize runs fn once per argument and returns the stored result afterwards', () => {
  let calls = 0;
  const square = memoize((n) => {
    calls += 1;
    return n * n;
  });
  assert.equal(square(9), 81);
  assert.equal(square(9), 81);
  assert.equal(square(3), 9);
  assert.equal(calls, 2);
});

test('memoize treats 1 and "1" as different arguments', () => {
  const describe = memoize((x) => typeof x);
  assert.equal(describe(1), 'number');
  assert.equal(describe('1'), 'string');
});

test('memoize remembers an undefined result instead of calling fn again', () => {
  let calls = 0;
  const lookup = memoize(() => {
    calls += 1;
    return undefined;
  });
  lookup('missing');
  lookup('missing');
  assert.equal(calls, 1);
});

test('two memoized functions do not share their memory', () => {
  const a = memoize((n) => n + 1);
  const b = memoize((n) => n + 100);
  assert.equal(a(1), 2);
  assert.equal(b(1), 101);
});
