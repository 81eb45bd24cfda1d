// Wrong: parseFloat accepts "12abc" as 12, and splitting on a single space breaks on
// the leading and trailing spaces of " 2 ^ 10 ".
export function calculate(a, op, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new TypeError('Operands must be finite numbers');
  }
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
    case '%':
      if (b === 0) throw new RangeError('Division by zero');
      return op === '/' ? a / b : a % b;
    case '^':
      return a ** b;
    default:
      throw new Error(`Unknown operator: ${op}`);
  }
}

export function evaluate(line) {
  const tokens = line.split(' ');
  if (tokens.length !== 3) throw new Error(`Invalid expression: ${line}`);
  const [left, op, right] = tokens;
  return calculate(parseFloat(left), op, parseFloat(right));
}
