import { CalcError, at } from './errors.js';

export type Operator = '+' | '-' | '*' | '/' | '%' | '^';

export type Token =
  | { type: 'number'; value: number; position: number; text: string }
  | { type: 'operator'; value: Operator; position: number; text: string }
  | { type: 'identifier'; value: string; position: number; text: string }
  | { type: 'lparen'; position: number; text: string }
  | { type: 'rparen'; position: number; text: string }
  | { type: 'eof'; position: number; text: string };

/** Symbols people type for the same operation: `x` and `×` multiply, `÷` divides, `−` subtracts. */
const OPERATOR_ALIASES: Readonly<Record<string, Operator>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '*': '*',
  '\u00d7': '*', // × multiplication sign
  '\u00b7': '*', // · middle dot
  '/': '/',
  '\u00f7': '/', // ÷ division sign
  '%': '%',
  '^': '^',
};

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isLetter = (ch: string): boolean => /^[A-Za-z_]$/.test(ch);
const isSpace = (ch: string): boolean => /^\s$/.test(ch);

/**
 * Turns the input text into a flat list of tokens, always ending with an `eof` token.
 * Numbers: `12`, `3.5`, `.5`, `2.` (decimals only; no exponent notation).
 * Names: letters and `_` (`ans`, `pi`, `e`); the single letter `x` is the multiply operator.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;

  while (i < input.length) {
    const ch = input[i] as string;

    if (isSpace(ch)) {
      i += 1;
      continue;
    }

    if (isDigit(ch) || ch === '.') {
      const start = i;
      let dots = 0;
      while (i < input.length && (isDigit(input[i] as string) || input[i] === '.')) {
        if (input[i] === '.') dots += 1;
        i += 1;
      }
      const text = input.slice(start, i);
      if (dots > 1 || text === '.') {
        throw new CalcError('INVALID_NUMBER', `Invalid number "${text}" ${at(start)}`, start);
      }
      tokens.push({ type: 'number', value: Number(text), position: start, text });
      continue;
    }

    if (isLetter(ch)) {
      const start = i;
      while (i < input.length && isLetter(input[i] as string)) i += 1;
      const text = input.slice(start, i);
      if (text === 'x' || text === 'X') {
        tokens.push({ type: 'operator', value: '*', position: start, text });
      } else {
        tokens.push({ type: 'identifier', value: text.toLowerCase(), position: start, text });
      }
      continue;
    }

    const operator = OPERATOR_ALIASES[ch];
    if (operator !== undefined) {
      tokens.push({ type: 'operator', value: operator, position: i, text: ch });
      i += 1;
      continue;
    }

    if (ch === '(') {
      tokens.push({ type: 'lparen', position: i, text: ch });
      i += 1;
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'rparen', position: i, text: ch });
      i += 1;
      continue;
    }

    throw new CalcError('UNEXPECTED_CHARACTER', `Unexpected character "${ch}" ${at(i)}`, i);
  }

  tokens.push({ type: 'eof', position: input.length, text: '' });
  return tokens;
}
