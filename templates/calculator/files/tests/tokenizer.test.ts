import { describe, expect, it } from 'vitest';
import { CalcError } from '../src/errors.js';
import { tokenize } from '../src/tokenizer.js';

/** Shorthand: the tokens as [type, value-or-text] pairs, without the final eof. */
function kinds(input: string): Array<[string, unknown]> {
  return tokenize(input)
    .filter((t) => t.type !== 'eof')
    .map((t) => [t.type, 'value' in t ? t.value : t.text]);
}

describe('tokenize', () => {
  it('splits numbers, operators and parentheses and ignores whitespace', () => {
    expect(kinds(' 2 * (3+4) ^ 2 ')).toEqual([
      ['number', 2],
      ['operator', '*'],
      ['lparen', '('],
      ['number', 3],
      ['operator', '+'],
      ['number', 4],
      ['rparen', ')'],
      ['operator', '^'],
      ['number', 2],
    ]);
  });

  it('reads decimals, including a leading or trailing dot', () => {
    expect(kinds('3.25 .5 2.')).toEqual([
      ['number', 3.25],
      ['number', 0.5],
      ['number', 2],
    ]);
  });

  it('maps operator aliases to the same operator', () => {
    expect(kinds('2x3 × 4 ÷ 5 − 1 · 2').map(([, v]) => v)).toEqual([2, '*', 3, '*', 4, '/', 5, '-', 1, '*', 2]);
  });

  it('reads names in lower case', () => {
    expect(kinds('ANS + pi')).toEqual([
      ['identifier', 'ans'],
      ['operator', '+'],
      ['identifier', 'pi'],
    ]);
  });

  it('records the position of every token and ends with eof', () => {
    const tokens = tokenize('12 + 3');
    expect(tokens.map((t) => t.position)).toEqual([0, 3, 5, 6]);
    expect(tokens.at(-1)?.type).toBe('eof');
  });

  it('rejects an unknown character with its position', () => {
    expect(() => tokenize('2 + $')).toThrowError(/Unexpected character "\$" at position 5/);
    try {
      tokenize('2 + $');
    } catch (error) {
      expect(error).toBeInstanceOf(CalcError);
      expect((error as CalcError).position).toBe(4);
      expect((error as CalcError).code).toBe('UNEXPECTED_CHARACTER');
    }
  });

  it('rejects malformed numbers', () => {
    expect(() => tokenize('1.2.3')).toThrowError(/Invalid number "1.2.3" at position 1/);
    expect(() => tokenize('4 + .')).toThrowError(/Invalid number "." at position 5/);
  });
});
