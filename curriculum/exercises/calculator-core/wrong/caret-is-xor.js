// Wrong: ^ is bitwise XOR in JavaScript (2 ^ 10 is 8), not a power operator.
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
      return a ^ b;
    default:
      throw new Error(`Unknown operator: ${op}`);
  }
}

export function evaluate(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length !== 3) throw new Error(`Invalid expression: ${line}`);
  const [left, op, right] = tokens;
  const a = Number(left);
  const b = Number(right);
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new TypeError(`Not a number: ${line}`);
  return calculate(a, op, b);
}
