import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { calculateGrade } = mod;

test('calculateGrade(95, 100) is "A" and calculateGrade(45, 50) is "A" (90 %)', () => {
  assert.equal(calculateGrade(95, 100), 'A');
  assert.equal(calculateGrade(45, 50), 'A');
});

test('each grade starts exactly at its threshold: 90 → A, 80 → B, 70 → C, 60 → D', () => {
  assert.equal(calculateGrade(90, 100), 'A');
  assert.equal(calculateGrade(80, 100), 'B');
  assert.equal(calculateGrade(70, 100), 'C');
  assert.equal(calculateGrade(60, 100), 'D');
});

test('just below a threshold gives the lower grade: 89.9 → B, 59.99 → F', () => {
  assert.equal(calculateGrade(89.9, 100), 'B');
  assert.equal(calculateGrade(59.99, 100), 'F');
});

test('calculateGrade(6, 10) is "D": the D grade exists', () => {
  assert.equal(calculateGrade(6, 10), 'D');
  assert.equal(calculateGrade(13, 20), 'D');
});

test('calculateGrade(0, 10) is "F" and calculateGrade(10, 10) is "A"', () => {
  assert.equal(calculateGrade(0, 10), 'F');
  assert.equal(calculateGrade(10, 10), 'A');
});

test('a total of 0 or less throws a RangeError', () => {
  assert.throws(() => calculateGrade(5, 0), RangeError);
  assert.throws(() => calculateGrade(5, -10), RangeError);
});

test('a score below 0 or above the total throws a RangeError', () => {
  assert.throws(() => calculateGrade(-1, 10), RangeError);
  assert.throws(() => calculateGrade(11, 10), RangeError);
});

test('a score or total that is not a number (or is NaN) throws a TypeError', () => {
  assert.throws(() => calculateGrade('90', 100), TypeError);
  assert.throws(() => calculateGrade(90, undefined), TypeError);
  assert.throws(() => calculateGrade(NaN, 100), TypeError);
});
