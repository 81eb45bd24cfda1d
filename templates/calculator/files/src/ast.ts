import type { Operator } from './tokenizer.js';

/** The parser turns tokens into this tree; the evaluator walks it. */
export type Node =
  | { kind: 'number'; value: number; position: number }
  | { kind: 'name'; name: string; position: number }
  | { kind: 'unary'; operator: '-' | '+'; operand: Node; position: number }
  | { kind: 'binary'; operator: Operator; left: Node; right: Node; position: number };
