import { usageError } from './errors.js';
import { TOTAL_WEEKS } from './pace.js';

/** A week argument or flag value: a whole number 1..16, else a usage error naming `label`. */
export function parseWeekNumber(text: string, label = 'Week'): number {
  const n = /^\d{1,2}$/.test(text.trim()) ? Number(text) : NaN;
  if (!(n >= 1 && n <= TOTAL_WEEKS)) throw usageError(`${label} must be a number from 1 to ${TOTAL_WEEKS}, got ${JSON.stringify(text)}`);
  return n;
}
