import { evaluate, type Scope } from './evaluator.js';
import { parse } from './parser.js';

export { CalcError } from './errors.js';
export { formatNumber } from './format.js';

/** Parses and evaluates one expression: calculate("2 * (3 + 4) ^ 2") === 98. */
export function calculate(expression: string, scope: Scope = {}): number {
  return evaluate(parse(expression), scope);
}
