// Week 3 — Grade a score, and refuse bad input
//
// calculateGrade(score, total) returns 'A' | 'B' | 'C' | 'D' | 'F'.
// Invalid input throws: TypeError for non-numbers, RangeError for impossible values.
//
// This draft forgets the D grade and accepts any input.

export function calculateGrade(score, total) {
  const percentage = (score / total) * 100;
  if (percentage >= 90) return 'A';
  if (percentage >= 80) return 'B';
  if (percentage >= 70) return 'C';
  return 'F';
}
