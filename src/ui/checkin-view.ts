import type { StatusModel } from '../progress/status-model.js';
import { line, success } from './output.js';
import { c } from './theme.js';
import { streakText } from './plural.js';

export function printCheckinSummary(m: StatusModel): void {
  success(`Check-in saved (week ${m.currentWeek}). ${m.hoursLogged} h logged in total.`);
  line(`Streak: ${c.bold(streakText(m.streak))} in a row`);
  const pace =
    m.forecast.basis === 'plan'
      ? `On the 16-week plan you finish on ${c.bold(m.forecast.finishDate)}.`
      : `At this pace you finish on ${c.bold(m.forecast.finishDate)}${m.forecast.daysAheadOfPlan < 0 ? c.yellow(` (${-m.forecast.daysAheadOfPlan} days behind plan)`) : m.forecast.daysAheadOfPlan > 0 ? c.green(` (${m.forecast.daysAheadOfPlan} days ahead of plan)`) : ''}.`;
  line(pace);
}
