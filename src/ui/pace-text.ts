import type { Forecast } from '../core/pace.js';
import { count } from './plural.js';

/**
 * The forecast in words, kindly: what the recent pace leads to, then what pace keeps the plan.
 * Two lines at most, e.g. "at 1.5 h/week you would finish in 40 weeks (2027-09-20)" and
 * "8 h/week keeps the plan (2027-02-21)". Never a far-off date: over two years is said as such.
 */
export function paceLines(f: Forecast): string[] {
  if (f.basis === 'done') return ['every week is complete'];
  const keep = f.hoursToKeepPlan === undefined ? undefined : `${f.hoursToKeepPlan} h/week keeps the plan (${f.plannedFinish})`;
  if (f.basis === 'plan') {
    const plan = f.hoursToKeepPlan === undefined ? `the 16-week plan ended on ${f.plannedFinish}` : `${f.hoursToKeepPlan} h/week finishes on ${f.plannedFinish}, as planned`;
    return [plan, 'check in a few times to see your own pace'];
  }
  const pace = f.hoursPerWeek ?? 0;
  if (pace === 0 || f.weeksAtPace === undefined) return ['no hours logged in the last 4 weeks', ...(keep ? [keep] : [])];
  const when = f.finishDate ? `in ${count(f.weeksAtPace, 'week')} (${f.finishDate})` : 'in more than 2 years';
  const first = `at ${pace} h/week you would finish ${when}`;
  if (f.hoursToKeepPlan === undefined) return [first];
  return [first, pace >= f.hoursToKeepPlan ? `that keeps the plan (${f.plannedFinish})` : keep!];
}
