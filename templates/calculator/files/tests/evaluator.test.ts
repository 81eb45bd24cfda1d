import { describe, expect, it } from 'vitest';
import { calculate } from '../src/calculate.js';
import { CalcError } from '../src/errors.js';
import { formatNumber, precisionFromEnv } from '../src/format.js';

function errorOf(input: string, scope = {}): CalcError {
  try {
    calculate(input, scope);
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to fail`);
}

// @starter-replace: (stage one-shot-arithmetic) un-skip these tests when the stage passes
describe('evaluate', () => {
// @starter-else
// describe.skip('TODO (stage one-shot-arithmetic): evaluate', () => {
// @starter-end
  it.each([
    ['2 + 3', 5],
    ['2 * (3 + 4) ^ 2', 98],
    ['10 - 4 - 3', 3],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['(-2) ^ 2', 4],
    ['2 ^ -1', 0.5],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['1.5 * 4', 6],
    ['6 x 7', 42],
    ['6 × 7 ÷ 2', 21],
    ['--5', 5],
    ['3 - -2', 5],
  ])('%s = %s', (input, expected) => {
    expect(calculate(input)).toBe(expected);
  });

  it('knows pi and e, and takes ans from the scope', () => {
    expect(calculate('pi')).toBe(Math.PI);
    expect(calculate('e')).toBe(Math.E);
    expect(calculate('ans * 2', { ans: 21 })).toBe(42);
  });

  it('refuses division and modulo by zero, pointing at the operator', () => {
    const error = errorOf('1 + 2 / (3 - 3)');
    expect(error.code).toBe('DIVISION_BY_ZERO');
    expect(error.message).toBe('Division by zero at position 7');
    expect(errorOf('5 % 0').message).toBe('Modulo by zero at position 3');
    expect(errorOf('0 ^ -1').code).toBe('DIVISION_BY_ZERO');
  });

  it('refuses results that are not real or finite numbers', () => {
    expect(errorOf('(-8) ^ 0.5').code).toBe('NOT_A_NUMBER');
    expect(errorOf('10 ^ 400').code).toBe('OVERFLOW');
  });

  it('reports unknown names', () => {
    const error = errorOf('2 * foo');
    expect(error.code).toBe('UNKNOWN_NAME');
    expect(error.message).toMatch(/^Unknown name "foo" at position 5/);
    expect(errorOf('ans').code).toBe('UNKNOWN_NAME');
    expect(errorOf('constructor').code).toBe('UNKNOWN_NAME');
  });
});

describe('formatNumber', () => {
  it('hides floating-point noise and negative zero', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1 / 3, 4)).toBe('0.3333');
    expect(formatNumber(98)).toBe('98');
  });

  it('reads CALC_PRECISION and ignores bad values', () => {
    expect(precisionFromEnv({ CALC_PRECISION: '6' })).toBe(6);
    expect(precisionFromEnv({ CALC_PRECISION: 'abc' })).toBe(15);
    expect(precisionFromEnv({ CALC_PRECISION: '99' })).toBe(15);
    expect(precisionFromEnv({})).toBe(15);
  });
});
