import type { Node } from './ast.js';
import { CalcError, at } from './errors.js';
import { tokenize, type Token } from './tokenizer.js';

/**
 * Recursive-descent parser. One function per precedence level, lowest first:
 *
 *   expression := term (("+" | "-") term)*
 *   term       := unary (("*" | "/" | "%") unary)*
 *   unary      := ("-" | "+") unary | power
 *   power      := primary ("^" unary)?          right-associative: 2^3^2 = 2^(3^2)
 *   primary    := NUMBER | NAME | "(" expression ")"
 *
 * Because unary sits above power, -2^2 = -(2^2) = -4 (the usual maths convention),
 * while 2^-1 = 0.5 still works because the exponent is parsed as a unary.
 */
// @starter-replace: (stage one-shot-arithmetic) a recursive-descent parser: one function per precedence level of the grammar above
export function parse(input: string): Node {
  return new Parser(tokenize(input)).parseProgram();
}

export function parseTokens(tokens: Token[]): Node {
  return new Parser(tokens).parseProgram();
}

class Parser {
  private index = 0;
  /** Positions of the "(" tokens we are currently inside, innermost last. */
  private readonly openParens: number[] = [];

  constructor(private readonly tokens: Token[]) {}

  parseProgram(): Node {
    if (this.peek().type === 'eof') {
      throw new CalcError('EMPTY_EXPRESSION', 'Empty expression', 0);
    }
    const node = this.expression();
    const next = this.peek();
    if (next.type === 'rparen') {
      throw new CalcError(
        'UNMATCHED_CLOSING_PAREN',
        `Unmatched closing parenthesis ${at(next.position)}`,
        next.position,
      );
    }
    if (next.type !== 'eof') throw this.unexpected(next);
    return node;
  }

  private expression(): Node {
    let left = this.term();
    for (;;) {
      const token = this.peek();
      if (token.type === 'operator' && (token.value === '+' || token.value === '-')) {
        this.advance();
        left = { kind: 'binary', operator: token.value, left, right: this.term(), position: token.position };
      } else {
        return left;
      }
    }
  }

  private term(): Node {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (
        token.type === 'operator' &&
        (token.value === '*' || token.value === '/' || token.value === '%')
      ) {
        this.advance();
        left = { kind: 'binary', operator: token.value, left, right: this.unary(), position: token.position };
      } else {
        return left;
      }
    }
  }

  private unary(): Node {
    const token = this.peek();
    if (token.type === 'operator' && (token.value === '-' || token.value === '+')) {
      this.advance();
      return { kind: 'unary', operator: token.value, operand: this.unary(), position: token.position };
    }
    return this.power();
  }

  private power(): Node {
    const base = this.primary();
    const token = this.peek();
    if (token.type === 'operator' && token.value === '^') {
      this.advance();
      // Recursing into unary (which reaches power again) makes ^ right-associative.
      return { kind: 'binary', operator: '^', left: base, right: this.unary(), position: token.position };
    }
    return base;
  }

  private primary(): Node {
    const token = this.advance();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value, position: token.position };
      case 'identifier':
        return { kind: 'name', name: token.value, position: token.position };
      case 'lparen': {
        this.openParens.push(token.position);
        const inner = this.expression();
        const close = this.peek();
        if (close.type !== 'rparen') {
          if (close.type === 'eof') {
            throw new CalcError(
              'MISSING_CLOSING_PAREN',
              `Missing closing parenthesis for "(" ${at(token.position)}`,
              token.position,
            );
          }
          throw this.unexpected(close);
        }
        this.advance();
        this.openParens.pop();
        return inner;
      }
      case 'rparen':
        if (this.openParens.length === 0) {
          throw new CalcError(
            'UNMATCHED_CLOSING_PAREN',
            `Unmatched closing parenthesis ${at(token.position)}`,
            token.position,
          );
        }
        throw new CalcError(
          'UNEXPECTED_TOKEN',
          `Expected a number or "(" but found ")" ${at(token.position)}`,
          token.position,
        );
      case 'eof': {
        const open = this.openParens.at(-1);
        if (open !== undefined) {
          throw new CalcError(
            'MISSING_CLOSING_PAREN',
            `Missing closing parenthesis for "(" ${at(open)}`,
            open,
          );
        }
        throw new CalcError(
          'UNEXPECTED_END',
          `Unexpected end of input ${at(token.position)}: expected a number`,
          token.position,
        );
      }
      case 'operator':
        throw new CalcError(
          'UNEXPECTED_TOKEN',
          `Expected a number but found operator "${token.text}" ${at(token.position)}`,
          token.position,
        );
    }
  }

  private unexpected(token: Token): CalcError {
    const what = token.type === 'number' ? `number "${token.text}"` : `"${token.text}"`;
    return new CalcError(
      'UNEXPECTED_TOKEN',
      `Unexpected ${what} ${at(token.position)}: expected an operator`,
      token.position,
    );
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index += 1;
    return token;
  }
}
// @starter-else
// export function parse(input: string): Node {
//   return parseTokens(tokenize(input)); // the tokenizer is done: start from its tokens
// }
//
// export function parseTokens(tokens: Token[]): Node {
//   const first = tokens[0];
//   throw new CalcError(
//     'NOT_IMPLEMENTED',
//     `TODO (stage one-shot-arithmetic): parse the tokens (${tokens.map((t) => t.type).join(' ')}) into an AST (src/ast.ts)`,
//     first?.position,
//   );
// }
// @starter-end
