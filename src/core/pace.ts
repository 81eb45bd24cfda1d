import { addDays, daysBetween, weekStart } from './dates.js';

export const TOTAL_WEEKS = 16;

/** The week the calendar says the learner should be on (1..16), counting from the start date. */
export function scheduledWeek(startDate: string, today: string): number {
  const elapsed = daysBetween(startDate, today);
  return Math.min(TOTAL_WEEKS, Math.max(1, Math.floor(elapsed / 7) + 1));
}

/** The week to work on: the first one not yet complete (16 once everything is done). */
export function currentWeek(completed: ReadonlySet<number>): number {
  for (let w = 1; w <= TOTAL_WEEKS; w++) if (!completed.has(w)) return w;
  return TOTAL_WEEKS;
}

export interface Streak {
  /** consecutive days with activity ending today (or yesterday: today is not over yet) */
  days: number;
  /** consecutive calendar weeks (Mon–Sun) with activity ending this week or last week */
  weeks: number;
}

export function streak(activityDays: Iterable<string>, today: string): Streak {
  const days = new Set(activityDays);
  let cursor = days.has(today) ? today : addDays(today, -1);
  let dayCount = 0;
  while (days.has(cursor)) {
    dayCount++;
    cursor = addDays(cursor, -1);
  }
  const weeks = new Set([...days].map(weekStart));
  let weekCursor = weeks.has(weekStart(today)) ? weekStart(today) : addDays(weekStart(today), -7);
  let weekCount = 0;
  while (weeks.has(weekCursor)) {
    weekCount++;
    weekCursor = addDays(weekCursor, -7);
  }
  return { days: dayCount, weeks: weekCount };
}

export interface PaceInput {
  startDate: string;
  today: string;
  completedWeeks: number;
  plannedHoursPerWeek: number;
  /** hours logged per day (check-ins), any order */
  hoursByDay: ReadonlyMap<string, number>;
}

export interface Forecast {
  /** the 16-week plan's last day */
  plannedFinish: string;
  /**
   * `recent`: from the hours logged in the last weeks; `plan`: too little logged yet to say more
   * than the plan; `done`: every week is complete.
   */
  basis: 'recent' | 'plan' | 'done';
  /** average hours per week over the recent window (basis `recent`) */
  hoursPerWeek?: number;
  /** weeks still needed at that pace; absent when nothing was logged lately */
  weeksAtPace?: number;
  /** when the learner finishes at that pace; absent when that is more than two years away */
  finishDate?: string;
  /** hours per week from today that still finish on the planned day; absent once that day has passed */
  hoursToKeepPlan?: number;
}

/** The pace is the average of the last four weeks: recent enough to follow a change of habit. */
export const RECENT_DAYS = 28;
/** Below this there is no pace yet, only the plan: one evening of work says nothing about months. */
const MIN_CHECKIN_DAYS = 2;
const MIN_ELAPSED_DAYS = 7;
/** Further than this a date is noise, and discouraging: say "more than two years" instead. */
const MAX_FORECAST_WEEKS = 104;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * How long the rest takes at the learner's recent pace, and what pace keeps the plan. The work left
 * is measured in the plan's own hours (weeks left × planned hours per week), so logging fewer hours
 * than planned stretches the course and logging more shortens it.
 */
export function forecast(p: PaceInput): Forecast {
  const plannedFinish = addDays(p.startDate, TOTAL_WEEKS * 7);
  const remainingWeeks = TOTAL_WEEKS - p.completedWeeks;
  if (remainingWeeks <= 0) return { plannedFinish, basis: 'done', finishDate: p.today };

  const hoursLeft = remainingWeeks * p.plannedHoursPerWeek;
  const weeksToPlan = daysBetween(p.today, plannedFinish) / 7;
  const keep = weeksToPlan >= 1 ? { hoursToKeepPlan: oneDecimal(hoursLeft / weeksToPlan) } : {};

  const elapsedDays = daysBetween(p.startDate, p.today) + 1;
  const windowDays = Math.min(RECENT_DAYS, elapsedDays);
  const windowStart = addDays(p.today, 1 - windowDays);
  const loggedDays = [...p.hoursByDay].filter(([, h]) => h > 0);
  if (elapsedDays < MIN_ELAPSED_DAYS || loggedDays.length < MIN_CHECKIN_DAYS) return { plannedFinish, basis: 'plan', ...keep };

  const recentHours = loggedDays.filter(([day]) => day >= windowStart && day <= p.today).reduce((n, [, h]) => n + h, 0);
  const hoursPerWeek = oneDecimal((recentHours * 7) / windowDays);
  if (hoursPerWeek === 0) return { plannedFinish, basis: 'recent', hoursPerWeek, ...keep };
  const weeksAtPace = Math.ceil(hoursLeft / hoursPerWeek);
  const finish = weeksAtPace <= MAX_FORECAST_WEEKS ? { finishDate: addDays(p.today, weeksAtPace * 7) } : {};
  return { plannedFinish, basis: 'recent', hoursPerWeek, weeksAtPace, ...finish, ...keep };
}
