import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The lesson checker is plain .mjs (it runs before and without the TypeScript build): typed here.
interface Printed { lines: number[]; text: string }
interface Block { lang: string; attrs: string[]; code: string; line: number; prefix?: string }
interface Result { mode: string; ok: boolean; message: string }
const lessons = new URL('../../scripts/lessons/', import.meta.url);
const { expectedValue, compareExpected } = (await import(new URL('expected-output.mjs', lessons).href)) as {
  expectedValue(line: string): string | undefined;
  compareExpected(code: string, printed: Printed[], offset?: number): string[];
};
const { checkJavaScript } = (await import(new URL('run-javascript.mjs', lessons).href)) as {
  checkJavaScript(block: Block, dir: string, name: string): Promise<Result>;
};
const { checkPython } = (await import(new URL('run-python.mjs', lessons).href)) as {
  checkPython(block: Block, dir: string, name: string, env: object): Promise<Result>;
};

describe('expectedValue', () => {
  it('reads the value after the arrow in either language', () => {
    expect(expectedValue('console.log(7 / 2);  // → 3.5')).toBe('3.5');
    expect(expectedValue('print(7 / 2)  # → 3.5')).toBe('3.5');
    expect(expectedValue("print(tags)  # → ['a', 'b']   ")).toBe("['a', 'b']");
  });

  it('drops a parenthesised note after two or more spaces', () => {
    expect(expectedValue('console.log(7 % 3, -7 % 3); // → 1 -1  (sign follows the left operand)')).toBe('1 -1');
    expect(expectedValue('print(x)  # → 10     (wrong: the user asked for 0)')).toBe('10');
    expect(expectedValue("print(s)  # → 55  (the string '55' (not 10))")).toBe('55');
  });

  it('keeps parentheses after one space, and text after two spaces that is no parenthesised note', () => {
    expect(expectedValue("console.log(welcome('Ada')); // → Welcome aboard, Ada! (greeting #1)")).toBe('Welcome aboard, Ada! (greeting #1)');
    expect(expectedValue('console.log(row); // → a  b')).toBe('a  b');
    expect(expectedValue('console.log(row); // → a  (b) c')).toBe('a  (b) c');
  });

  it('ignores comments without an arrow', () => {
    expect(expectedValue('console.log(7 / 2); // 3.5')).toBeUndefined();
    expect(expectedValue('x = 1  # a note -> not an expectation')).toBeUndefined();
  });
});

describe('compareExpected', () => {
  const code = ['console.log(1);  // → 1  (one)', 'f();  // → a | b', 'console.log(2);  // → 3  (a wrong statement)', ''].join('\n');

  it('compares each arrow with what its line printed, notes aside', () => {
    const printed = [
      { lines: [1], text: '1' },
      { lines: [7, 2], text: 'a' },
      { lines: [7, 2], text: 'b' },
      { lines: [3], text: '2' },
    ];
    expect(compareExpected(code, printed)).toEqual(['line 3: expected → 3, printed 2']);
  });

  it('counts lines after the blocks a continuing block runs behind', () => {
    expect(compareExpected('console.log(1);  // → 1\n', [{ lines: [5], text: '1' }], 4)).toEqual([]);
    expect(compareExpected('console.log(1);  // → 1\n', [{ lines: [1], text: '1' }], 4)).toEqual(['line 1: expected → 1, printed nothing']);
  });
});

describe('running a block', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const block = (lang: string, code: string): Block => ({ lang, attrs: [], code, line: 1 });

  it('JavaScript: a call line holds what the function printed', async () => {
    const code = [
      'function report(n) {',
      '  console.log(`over by ${n}`);',
      '}',
      'report(2);  // → over by 2  (printed inside report)',
      "console.log('5' + 2);  // → 52  (the string '52')",
    ].join('\n');
    expect(await checkJavaScript(block('js', `${code}\n`), dir, 'pass')).toMatchObject({ mode: 'run', ok: true });
    const wrong = await checkJavaScript(block('js', 'console.log(-7 % 3);  // → 2  (sign follows the right operand)\n'), dir, 'fail');
    expect(wrong).toMatchObject({ ok: false, message: 'line 1: expected → 2, printed -1' });
  });

  it('Python: a call line holds what the function printed', async () => {
    const code = [
      'def report(n):',
      '    print(f"over by {n}")',
      '',
      'report(2)  # → over by 2  (printed inside report)',
      'print(-7 % 3)  # → 2  (sign follows the right operand)',
    ].join('\n');
    const env = { python: 'python3', stdlib: new Set(), available: new Set() };
    expect(await checkPython(block('python', `${code}\n`), dir, 'pass', env)).toMatchObject({ mode: 'run', ok: true });
    const wrong = await checkPython(block('python', 'print("5" * 2)  # → 10  (repetition)\n'), dir, 'fail', env);
    expect(wrong).toMatchObject({ ok: false, message: 'line 1: expected → 10, printed 55' });
  });
});
