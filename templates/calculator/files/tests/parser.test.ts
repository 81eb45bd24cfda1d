import { describe, expect, it } from 'vitest';
import type { Node } from '../src/ast.js';
import { CalcError } from '../src/errors.js';
import { parse } from '../src/parser.js';

/** Prints a tree in fully parenthesised prefix form, which makes precedence easy to assert. */
function show(node: Node): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'name':
      return node.name;
    case 'unary':
      return `(${node.operator} ${show(node.operand)})`;
    case 'binary':
      return `(${node.operator} ${show(node.left)} ${show(node.right)})`;
  }
}

function errorOf(input: string): CalcError {
  try {
    parse(input);
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to fail`);
}

// @starter-replace: (stage one-shot-arithmetic) un-skip these tests when the stage passes
describe('parse', () => {
// @starter-else
// describe.skip('TODO (stage one-shot-arithmetic): parse', () => {
// @starter-end
  it('gives * / % precedence over + -', () => {
    expect(show(parse('1 + 2 * 3'))).toBe('(+ 1 (* 2 3))');
    expect(show(parse('1 - 6 / 3 % 2'))).toBe('(- 1 (% (/ 6 3) 2))');
  });

  it('is left-associative for + - * /', () => {
    expect(show(parse('8 - 3 - 2'))).toBe('(- (- 8 3) 2)');
    expect(show(parse('8 / 4 / 2'))).toBe('(/ (/ 8 4) 2)');
  });

  it('is right-associative for ^ and binds it tighter than unary minus', () => {
    expect(show(parse('2 ^ 3 ^ 2'))).toBe('(^ 2 (^ 3 2))');
    expect(show(parse('-2 ^ 2'))).toBe('(- (^ 2 2))');
    expect(show(parse('2 ^ -1'))).toBe('(^ 2 (- 1))');
  });

  it('respects parentheses', () => {
    expect(show(parse('2 * (3 + 4) ^ 2'))).toBe('(* 2 (^ (+ 3 4) 2))');
    expect(show(parse('((1))'))).toBe('1');
  });

  it('handles repeated unary operators', () => {
    expect(show(parse('--3'))).toBe('(- (- 3))');
    expect(show(parse('+-3'))).toBe('(+ (- 3))');
  });

  it('reports a missing closing parenthesis at the opening one', () => {
    const error = errorOf('2 * (3 + (4 - 1)');
    expect(error.code).toBe('MISSING_CLOSING_PAREN');
    expect(error.message).toBe('Missing closing parenthesis for "(" at position 5');
  });

  it('reports an unmatched closing parenthesis', () => {
    const error = errorOf('(1 + 2))');
    expect(error.code).toBe('UNMATCHED_CLOSING_PAREN');
    expect(error.position).toBe(7);
    expect(errorOf(')').code).toBe('UNMATCHED_CLOSING_PAREN');
  });

  it('reports empty parentheses, dangling operators and missing operators', () => {
    expect(errorOf('()').message).toBe('Expected a number or "(" but found ")" at position 2');
    expect(errorOf('2 +').message).toBe('Unexpected end of input at position 4: expected a number');
    expect(errorOf('2 * * 3').message).toBe('Expected a number but found operator "*" at position 5');
    expect(errorOf('2 3').message).toBe('Unexpected number "3" at position 3: expected an operator');
  });

  it('rejects an empty expression', () => {
    expect(errorOf('   ').code).toBe('EMPTY_EXPRESSION');
  });
});
