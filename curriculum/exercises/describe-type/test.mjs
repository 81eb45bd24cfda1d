import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { describeType } = mod;

test('describeType is exported as a function', () => {
  assert.equal(typeof describeType, 'function');
});

test('describeType returns "string" for text, including the empty string', () => {
  assert.equal(describeType('hello'), 'string');
  assert.equal(describeType(''), 'string');
});

test('describeType returns "number" for 42, -1.5, 0 and Infinity', () => {
  for (const n of [42, -1.5, 0, Infinity]) assert.equal(describeType(n), 'number', `for ${n}`);
});

test('describeType returns "nan" for NaN (typeof says "number")', () => {
  assert.equal(describeType(NaN), 'nan');
  assert.equal(describeType(Number('abc')), 'nan');
});

test('describeType returns "null" for null (typeof says "object")', () => {
  assert.equal(describeType(null), 'null');
});

test('describeType returns "array" for [] and [1, 2] (typeof says "object")', () => {
  assert.equal(describeType([]), 'array');
  assert.equal(describeType([1, 2]), 'array');
});

test('describeType returns "object" for plain objects and dates', () => {
  assert.equal(describeType({ a: 1 }), 'object');
  assert.equal(describeType({}), 'object');
  assert.equal(describeType(new Date()), 'object');
});

test('describeType returns "boolean" and "undefined" for true/false and undefined', () => {
  assert.equal(describeType(true), 'boolean');
  assert.equal(describeType(false), 'boolean');
  assert.equal(describeType(undefined), 'undefined');
});

test('describeType returns "function", "bigint" and "symbol" for those values', () => {
  assert.equal(describeType(() => 1), 'function');
  assert.equal(describeType(10n), 'bigint');
  assert.equal(describeType(Symbol('id')), 'symbol');
});
