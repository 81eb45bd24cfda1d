import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { calculate, evaluate } = mod;

test('calculate handles + - * and / (6 / 4 is 1.5)', () => {
  assert.equal(calculate(2, '+', 3), 5);
  assert.equal(calculate(2, '-', 3), -1);
  assert.equal(calculate(4, '*', 2.5), 10);
  assert.equal(calculate(6, '/', 4), 1.5);
});

test('calculate(7, "%", 3) is 1 and calculate(2, "^", 10) is 1024', () => {
  assert.equal(calculate(7, '%', 3), 1);
  assert.equal(calculate(2, '^', 10), 1024);
});

test('calculate(1, "/", 0) and calculate(5, "%", 0) throw RangeError "Division by zero"', () => {
  assert.throws(() => calculate(1, '/', 0), { name: 'RangeError', message: 'Division by zero' });
  assert.throws(() => calculate(5, '%', 0), { name: 'RangeError', message: 'Division by zero' });
});

test('calculate(0, "/", 5) is 0: only a zero divisor is an error', () => {
  assert.equal(calculate(0, '/', 5), 0);
});

test('calculate(1, "&", 2) throws "Unknown operator: &"', () => {
  assert.throws(() => calculate(1, '&', 2), { message: 'Unknown operator: &' });
});

test('calculate rejects operands that are not finite numbers with a TypeError', () => {
  assert.throws(() => calculate('2', '+', 3), { name: 'TypeError', message: 'Operands must be finite numbers' });
  assert.throws(() => calculate(1, '+', NaN), TypeError);
  assert.throws(() => calculate(Infinity, '*', 2), TypeError);
});

test('evaluate(" 2 ^ 10 ") is 1024 and evaluate("-4 + 2") is -2', () => {
  assert.equal(evaluate(' 2 ^ 10 '), 1024);
  assert.equal(evaluate('-4 + 2'), -2);
  assert.equal(evaluate('1.5 * 4'), 6);
});

test('evaluate("2 +") and evaluate("1 + 2 + 3") throw "Invalid expression: ..."', () => {
  assert.throws(() => evaluate('2 +'), { message: /^Invalid expression: / });
  assert.throws(() => evaluate('1 + 2 + 3'), { message: /^Invalid expression: / });
});

test('evaluate("abc * 2") and evaluate("12abc + 1") throw a TypeError', () => {
  assert.throws(() => evaluate('abc * 2'), TypeError);
  assert.throws(() => evaluate('12abc + 1'), TypeError);
});

test('evaluate passes on calculate\'s errors: "1 / 0" and "3 x 4"', () => {
  assert.throws(() => evaluate('1 / 0'), { name: 'RangeError', message: 'Division by zero' });
  assert.throws(() => evaluate('3 x 4'), { message: 'Unknown operator: x' });
});
