import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';

const cliPath = inject('cliPath');

/** Runs the built CLI like a user would: `node dist/cli.js ...args`, optionally with piped stdin. */
function calc(args: string[], stdin = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, CALC_PRECISION: '', ...env },
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// @starter-replace: (stage one-shot-arithmetic) un-skip these tests when the stage passes
describe('calc (one-shot)', () => {
// @starter-else
// describe.skip('TODO (stage one-shot-arithmetic): calc (one-shot)', () => {
// @starter-end
  it('evaluates words joined from argv', () => {
    expect(calc(['2', '+', '3'])).toEqual({ code: 0, stdout: '5\n', stderr: '' });
  });

  it('evaluates a quoted expression', () => {
    expect(calc(['2 * (3 + 4) ^ 2']).stdout).toBe('98\n');
    expect(calc(['-5', '+', '2']).stdout).toBe('-3\n');
    expect(calc(['0.1 + 0.2']).stdout).toBe('0.3\n');
  });

  it('honours CALC_PRECISION', () => {
    expect(calc(['1 / 3'], '', { CALC_PRECISION: '4' }).stdout).toBe('0.3333\n');
  });

  it('exits 1 with a pointed message on division by zero', () => {
    const result = calc(['4 / (2 - 2)']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Error: Division by zero at position 3\n  4 / (2 - 2)\n    ^\n');
  });

  it('exits 1 on bad input and unbalanced parentheses', () => {
    const bad = calc(['2 + @']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Unexpected character "@" at position 5');

    const open = calc(['(1 + 2']);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('Missing closing parenthesis');
  });

  it('prints help and version', () => {
    expect(calc(['--help']).stdout).toContain('Usage:');
    expect(calc(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(calc(['--nope']).code).toBe(1);
  });
});

// @starter-replace: (stage one-shot-arithmetic) un-skip these tests when the stage passes
describe('calc (REPL with piped input)', () => {
// @starter-else
// describe.skip('TODO (stage one-shot-arithmetic): calc (REPL with piped input)', () => {
// @starter-end
  it('evaluates every line and remembers ans', () => {
    const result = calc([], '2 + 3\nans * 2\n\nans - 1\n');
    expect(result).toEqual({ code: 0, stdout: '5\n10\n9\n', stderr: '' });
  });

  it('stops at exit', () => {
    expect(calc([], '1 + 1\nexit\n3 + 3\n').stdout).toBe('2\n');
  });

  it('keeps going after an error, keeps the last good ans, and exits 1', () => {
    const result = calc([], '6 * 7\n1 / 0\nans\n');
    expect(result.stdout).toBe('42\n42\n');
    expect(result.stderr).toContain('Division by zero at position 3');
    expect(result.code).toBe(1);
  });

  it('handles input without a trailing newline (Ctrl-D)', () => {
    expect(calc([], '3 ^ 2').stdout).toBe('9\n');
  });
});
