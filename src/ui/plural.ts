// One way to write counts everywhere: "1 day", "2 days", "0/1 exercise", "0/2 exercises".

/** `count(1, 'check-in')` → "1 check-in"; pass the plural when it is not word + s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

/** `outOf(0, 2, 'exercise')` → "0/2 exercises": the noun agrees with the total. */
export function outOf(done: number, total: number, word: string, plural = `${word}s`): string {
  return `${done}/${total} ${total === 1 ? word : plural}`;
}

/** The streak as `status`, `progress` and `checkin` show it: "1 day · 2 weeks". */
export function streakText(s: { days: number; weeks: number }): string {
  return `${count(s.days, 'day')} · ${count(s.weeks, 'week')}`;
}
