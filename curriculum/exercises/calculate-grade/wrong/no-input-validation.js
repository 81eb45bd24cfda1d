// Wrong: computes straight away, so calculateGrade(5, 0) answers 'A' (Infinity %) and
// calculateGrade(11, 10) answers 'A' (110 %) instead of refusing the input.
export function calculateGrade(score, total) {
  const percentage = (score / total) * 100;
  if (percentage >= 90) return 'A';
  if (percentage >= 80) return 'B';
  if (percentage >= 70) return 'C';
  if (percentage >= 60) return 'D';
  return 'F';
}
