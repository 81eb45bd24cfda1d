import type { StatusModel } from '../progress/status-model.js';
import { line, success } from './output.js';
import { paceLines } from './pace-text.js';
import { c } from './theme.js';
import { streakText } from './plural.js';

export function printCheckinSummary(m: StatusModel): void {
  success(`Check-in saved (week ${m.currentWeek}). ${m.hoursLogged} h logged in total.`);
  line(`Streak: ${c.bold(streakText(m.streak))} in a row`);
  const [first, second] = paceLines(m.forecast);
  line(`Pace: ${first}${second ? `; ${second}` : ''}.`);
}
