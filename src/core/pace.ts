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
  hoursLogged: number;
}

export interface Forecast {
  finishDate: string;
  /** what the forecast is based on: weeks completed so far, hours logged, or just the plan */
  basis: 'completion' | 'hours' | 'plan';
  /** days ahead (+) or behind (−) the 16-week plan */
  daysAheadOfPlan: number;
}

/**
 * When will the learner finish? Completed weeks per elapsed day is the best signal; before the first
 * week is done, hours logged against the planned hours stand in; with neither, the plan itself.
 */
export function forecast(p: PaceInput): Forecast {
  const plannedFinish = addDays(p.startDate, TOTAL_WEEKS * 7);
  const elapsed = Math.max(1, daysBetween(p.startDate, p.today));
  const remaining = TOTAL_WEEKS - p.completedWeeks;
  let finishDate = plannedFinish;
  let basis: Forecast['basis'] = 'plan';
  if (remaining === 0) {
    finishDate = p.today;
    basis = 'completion';
  } else if (p.completedWeeks > 0 && daysBetween(p.startDate, p.today) > 0) {
    finishDate = addDays(p.today, Math.ceil((remaining * elapsed) / p.completedWeeks));
    basis = 'completion';
  } else if (p.hoursLogged > 0 && daysBetween(p.startDate, p.today) >= 7) {
    const hoursPerWeek = (p.hoursLogged * 7) / elapsed;
    const weeksNeeded = (TOTAL_WEEKS * p.plannedHoursPerWeek) / hoursPerWeek;
    finishDate = addDays(p.startDate, Math.ceil(weeksNeeded * 7));
    basis = 'hours';
  }
  return { finishDate, basis, daysAheadOfPlan: daysBetween(finishDate, plannedFinish) };
}
