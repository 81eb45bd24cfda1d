// Week 2 — The calculator's core
//
// calculate(a, op, b): + - * / % ^ on two finite numbers.
//   TypeError('Operands must be finite numbers'), RangeError('Division by zero'),
//   Error('Unknown operator: <op>').
// evaluate(line): parse "<number> <operator> <number>" and calculate it.
//   Error('Invalid expression: <line>') for the wrong shape, TypeError for a bad number.

export function calculate(a, op, b) {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    // TODO: * / % ^ , checks on a and b, division by zero
    default:
      return NaN; // TODO: an unknown operator should throw a clear error
  }
}

export function evaluate(line) {
  throw new Error('Not implemented yet: evaluate');
}
