import type { Node } from './ast.js';
import { CalcError, at } from './errors.js';

/** Names an expression may use. `ans` is supplied by the REPL (the previous result). */
export type Scope = Readonly<Record<string, number>>;

export const CONSTANTS: Scope = { pi: Math.PI, e: Math.E };

// @starter-replace: (stage one-shot-arithmetic) walk the AST: numbers, names from the scope, unary and binary operators, division by zero
export function evaluate(node: Node, scope: Scope = {}): number {
  const value = evalNode(node, { ...CONSTANTS, ...scope });
  if (!Number.isFinite(value)) {
    throw new CalcError('OVERFLOW', 'Result is too large to represent', undefined);
  }
  return value;
}

function evalNode(node: Node, scope: Scope): number {
  switch (node.kind) {
    case 'number':
      return node.value;

    case 'name': {
      const value = scope[node.name];
      if (value === undefined || !Object.hasOwn(scope, node.name)) {
        const known = Object.keys(scope).sort().join(', ');
        throw new CalcError(
          'UNKNOWN_NAME',
          `Unknown name "${node.name}" ${at(node.position)} (known: ${known})`,
          node.position,
        );
      }
      return value;
    }

    case 'unary': {
      const operand = evalNode(node.operand, scope);
      return node.operator === '-' ? -operand : operand;
    }

    case 'binary': {
      const left = evalNode(node.left, scope);
      const right = evalNode(node.right, scope);
      switch (node.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          if (right === 0) {
            throw new CalcError('DIVISION_BY_ZERO', `Division by zero ${at(node.position)}`, node.position);
          }
          return left / right;
        case '%':
          if (right === 0) {
            throw new CalcError('DIVISION_BY_ZERO', `Modulo by zero ${at(node.position)}`, node.position);
          }
          return left % right;
        case '^': {
          if (left === 0 && right < 0) {
            throw new CalcError(
              'DIVISION_BY_ZERO',
              `Division by zero ${at(node.position)}: 0 raised to a negative power`,
              node.position,
            );
          }
          const result = left ** right;
          if (Number.isNaN(result)) {
            throw new CalcError(
              'NOT_A_NUMBER',
              `${left} ^ ${right} is not a real number ${at(node.position)}`,
              node.position,
            );
          }
          return result;
        }
      }
    }
  }
}
// @starter-else
// export function evaluate(node: Node, scope: Scope = {}): number {
//   const names = Object.keys({ ...CONSTANTS, ...scope }).join(', ');
//   throw new CalcError('NOT_IMPLEMENTED', `TODO (stage one-shot-arithmetic): evaluate the "${node.kind}" node (names in scope: ${names})`);
// }
// @starter-end
