// Week 2 — The calculator's core (reference solution)

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
      // JavaScript returns Infinity / NaN here; a user deserves a real error.
      if (b === 0) throw new RangeError('Division by zero');
      return op === '/' ? a / b : a % b;
    case '^':
      return a ** b; // in JavaScript, ^ itself is bitwise XOR
    default:
      throw new Error(`Unknown operator: ${op}`);
  }
}

function parseOperand(token) {
  const value = Number(token);
  if (!Number.isFinite(value)) throw new TypeError(`Not a number: ${token}`);
  return value;
}

export function evaluate(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length !== 3) throw new Error(`Invalid expression: ${line}`);
  const [left, op, right] = tokens;
  return calculate(parseOperand(left), op, parseOperand(right));
}
