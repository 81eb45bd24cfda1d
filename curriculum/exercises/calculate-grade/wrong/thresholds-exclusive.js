// Wrong: > instead of >=, so exactly 90 % is a B, 80 % a C, and so on (off by one at
// every threshold).
function assertNumber(name, value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${name} must be a number, got ${String(value)}`);
  }
}

export function calculateGrade(score, total) {
  assertNumber('score', score);
  assertNumber('total', total);
  if (total <= 0) throw new RangeError(`total must be greater than 0, got ${total}`);
  if (score < 0 || score > total) {
    throw new RangeError(`score must be between 0 and ${total}, got ${score}`);
  }
  const percentage = (score / total) * 100;
  if (percentage > 90) return 'A';
  if (percentage > 80) return 'B';
  if (percentage > 70) return 'C';
  if (percentage > 60) return 'D';
  return 'F';
}
