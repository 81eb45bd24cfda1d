import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { toNumber, toBoolean } = mod;

test('toNumber("42") returns the number 42', () => {
  assert.equal(toNumber('42'), 42);
});

test('toNumber trims spaces and accepts decimals and negatives (" 3.5 ", "-7")', () => {
  assert.equal(toNumber(' 3.5 '), 3.5);
  assert.equal(toNumber('-7'), -7);
  assert.equal(toNumber('0'), 0);
});

test('toNumber returns a finite number unchanged', () => {
  assert.equal(toNumber(7), 7);
  assert.equal(toNumber(-0.25), -0.25);
});

test('toNumber rejects "" and "   " with a TypeError (Number("") would give 0)', () => {
  assert.throws(() => toNumber(''), TypeError);
  assert.throws(() => toNumber('   '), TypeError);
});

test('toNumber rejects "12abc" with a TypeError that mentions the value (parseInt would give 12)', () => {
  assert.throws(() => toNumber('12abc'), { name: 'TypeError', message: /12abc/ });
  assert.throws(() => toNumber('abc'), TypeError);
});

test('toNumber rejects NaN, Infinity, null, undefined, true and [] (Number() turns some into 0 or 1)', () => {
  assert.throws(() => toNumber('Infinity'), TypeError);
  for (const value of [NaN, Infinity, null, undefined, true, [], {}]) {
    assert.throws(() => toNumber(value), TypeError, `for ${JSON.stringify(value)}`);
  }
});

test('toBoolean("yes") is true, toBoolean("NO") is false; it understands true/y/1/on and false/n/0/off, trimmed and in any case', () => {
  for (const word of ['yes', 'true', 'Y', '1', ' On ']) assert.equal(toBoolean(word), true, `for "${word}"`);
  for (const word of ['NO', 'n', '0', 'OFF ']) assert.equal(toBoolean(word), false, `for "${word}"`);
});

test('toBoolean("false") is false (Boolean("false") would be true)', () => {
  assert.equal(toBoolean('false'), false);
});

test('toBoolean keeps booleans and maps the numbers 1 and 0', () => {
  assert.equal(toBoolean(true), true);
  assert.equal(toBoolean(false), false);
  assert.equal(toBoolean(1), true);
  assert.equal(toBoolean(0), false);
});

test('toBoolean rejects "maybe", "", 2 and null with a TypeError', () => {
  assert.throws(() => toBoolean('maybe'), { name: 'TypeError', message: /maybe/ });
  for (const value of ['', 2, null]) {
    assert.throws(() => toBoolean(value), TypeError, `for ${JSON.stringify(value)}`);
  }
});
