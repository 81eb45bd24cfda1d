// Wrong: lets JavaScript divide by zero, so 1 / 0 answers Infinity and 5 % 0 answers NaN.
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
      return a / b;
    case '%':
      return a % b;
    case '^':
      return a ** b;
    default:
      throw new Error(`Unknown operator: ${op}`);
  }
}

export function evaluate(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length !== 3) throw new Error(`Invalid expression: ${line}`);
  const [left, op, right] = tokens;
  return calculate(Number(left), op, Number(right));
}
