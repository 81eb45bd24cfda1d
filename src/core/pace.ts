import { addDays, dayNumber, daysBetween, mondayOf } from './dates.js';

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
  // Integer day numbers, not date labels: years of history stay a few cheap steps per day.
  const days = new Set<number>();
  for (const day of activityDays) days.add(dayNumber(day));
  const weeks = new Set([...days].map(mondayOf));
  const now = dayNumber(today);
  const thisWeek = mondayOf(now);
  return {
    days: runLength(days, days.has(now) ? now : now - 1, 1),
    weeks: runLength(weeks, weeks.has(thisWeek) ? thisWeek : thisWeek - 7, 7),
  };
}

/** How many of `from`, `from - step`, `from - 2·step`… are in `set`, stopping at the first gap. */
function runLength(set: ReadonlySet<number>, from: number, step: number): number {
  let count = 0;
  while (set.has(from - count * step)) count++;
  return count;
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
