import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { isEven, isOdd, power, inRange, withDefault, idsMatch } = mod;

test('isEven and isOdd work for positive numbers and zero', () => {
  assert.equal(isEven(4), true);
  assert.equal(isEven(7), false);
  assert.equal(isEven(0), true);
  assert.equal(isOdd(7), true);
  assert.equal(isOdd(4), false);
});

test('isOdd(-3) is true and isEven(-4) is true (negative numbers)', () => {
  assert.equal(isOdd(-3), true);
  assert.equal(isOdd(-4), false);
  assert.equal(isEven(-4), true);
});

test('power(2, 10) is 1024 and power(5, 0) is 1', () => {
  assert.equal(power(2, 10), 1024);
  assert.equal(power(5, 0), 1);
  assert.equal(power(9, 0.5), 3);
});

test('inRange includes both ends: inRange(1, 1, 10) and inRange(10, 1, 10) are true', () => {
  assert.equal(inRange(1, 1, 10), true);
  assert.equal(inRange(10, 1, 10), true);
  assert.equal(inRange(5, 1, 10), true);
});

test('inRange is false outside the range: inRange(0, 1, 10) and inRange(11, 1, 10)', () => {
  assert.equal(inRange(0, 1, 10), false);
  assert.equal(inRange(11, 1, 10), false);
});

test('withDefault keeps 0, "" and false, which are real values', () => {
  assert.equal(withDefault(0, 10), 0);
  assert.equal(withDefault('', 'x'), '');
  assert.equal(withDefault(false, true), false);
});

test('withDefault uses the fallback for null and undefined', () => {
  assert.equal(withDefault(null, 5), 5);
  assert.equal(withDefault(undefined, 'guest'), 'guest');
});

test('idsMatch("42", 42) is true and idsMatch("43", 42) is false', () => {
  assert.equal(idsMatch('42', 42), true);
  assert.equal(idsMatch('43', 42), false);
});

test('idsMatch("", 0) and idsMatch("  ", 0) are false (loose equality says true)', () => {
  assert.equal(idsMatch('', 0), false);
  assert.equal(idsMatch('  ', 0), false);
  assert.equal(idsMatch('0', 0), true);
});
