// Wrong: typeof NaN is 'number', so NaN passes the type check and the function answers 'F'
// for a score nobody gave.
export function calculateGrade(score, total) {
  if (typeof score !== 'number' || typeof total !== 'number') {
    throw new TypeError('score and total must be numbers');
  }
  if (total <= 0) throw new RangeError(`total must be greater than 0, got ${total}`);
  if (score < 0 || score > total) {
    throw new RangeError(`score must be between 0 and ${total}, got ${score}`);
  }
  const percentage = (score / total) * 100;
  if (percentage >= 90) return 'A';
  if (percentage >= 80) return 'B';
  if (percentage >= 70) return 'C';
  if (percentage >= 60) return 'D';
  return 'F';
}
