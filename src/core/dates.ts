/** Calendar days as `YYYY-MM-DD` strings in the learner's local time zone. */

const DAY_MS = 86_400_000;

export function localDay(date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Parses `YYYY-MM-DD` strictly (rejects 2026-02-30); returns undefined when invalid. */
export function parseDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text.trim() : undefined;
}

// Day arithmetic runs in UTC on the day labels so daylight-saving shifts never skew a count.
const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Days since 1970-01-01 (a Thursday) of a `YYYY-MM-DD` label. */
export function dayNumber(day: string): number {
  return Math.round(toUtc(day) / DAY_MS);
}

/** The day number of the Monday that starts the ISO week holding day number `n`. */
export function mondayOf(n: number): number {
  return n - ((((n + 3) % 7) + 7) % 7);
}
