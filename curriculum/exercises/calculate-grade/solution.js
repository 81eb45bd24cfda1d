// Week 3 — Grade a score, and refuse bad input (reference solution)

function assertNumber(name, value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${name} must be a number, got ${String(value)}`);
  }
}

export function calculateGrade(score, total) {
  // Validate first, so the arithmetic below can trust its input.
  assertNumber('score', score);
  assertNumber('total', total);
  if (total <= 0) throw new RangeError(`total must be greater than 0, got ${total}`);
  if (score < 0 || score > total) {
    throw new RangeError(`score must be between 0 and ${total}, got ${score}`);
  }

  const percentage = (score / total) * 100;
  // Highest threshold first: each check only runs when the ones above did not match.
  if (percentage >= 90) return 'A';
  if (percentage >= 80) return 'B';
  if (percentage >= 70) return 'C';
  if (percentage >= 60) return 'D';
  return 'F';
}
