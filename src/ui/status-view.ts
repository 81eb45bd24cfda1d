import type { MonthStatus, ReviewStatus, StatusModel, WeekStatus } from '../progress/status-model.js';
import { heading, line } from './output.js';
import { paceLines } from './pace-text.js';
import { outOf, streakText } from './plural.js';
import { progressBar } from './progress-bar.js';
import { c } from './theme.js';

const trackName = { node: 'Node.js', python: 'Python' } as const;

// A week row is ` ▶ Week 12  <title> <bar 10> 100% 10/10 exercises`: 44 columns besides the title.
// The title gets what is left of the terminal (80 columns when piped), between 24 and 46.
const ROW_FIXED = 44;
const BAR = 10;

function titleWidth(): number {
  const columns = process.stdout.columns || 80;
  return Math.max(24, Math.min(46, columns - 1 - ROW_FIXED));
}

/** Cut with an ellipsis or padded to exactly `width` characters. */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function weekLine(w: WeekStatus, current: number, width: number): string {
  const marker = w.completed ? c.green('✔') : w.week === current ? c.cyan('▶') : ' ';
  const label = `Week ${String(w.week).padStart(2)}  ${fit(w.title, width)}`;
  // A week marked done by hand shows as done, like its ✔ and full bar, not as "0/3 exercises".
  const markedDone = w.completed && w.exercises.passed < w.exercises.total;
  const ex = w.exercises.total ? c.dim(markedDone ? ' marked done' : ` ${outOf(w.exercises.passed, w.exercises.total, 'exercise')}`) : '';
  return ` ${marker} ${w.week === current ? c.bold(label) : label} ${progressBar(w.ratio, BAR)}${ex}`;
}

/** One row per month for the compact form: "Month 2  Databases & APIs   ░░░   0% 0/4 weeks". */
function monthLine(m: MonthStatus, width: number): string {
  const done = m.weeks.filter((w) => w.completed).length;
  const ratio = m.weeks.reduce((sum, w) => sum + w.ratio, 0) / (m.weeks.length || 1);
  const label = `Month ${m.month}  ${fit(m.title, width + 2)}`;
  return ` ${c.bold(label)} ${progressBar(ratio, BAR)} ${c.dim(outOf(done, m.weeks.length, 'week'))}`;
}

/** The full roadmap (about 33 lines), or with `compact` one line per month and the current month's weeks (fits 24). */
export function printStatus(m: StatusModel, opts: { compact?: boolean } = {}): void {
  const width = titleWidth();
  heading(`backend-roadmap — ${m.profile.name} · ${trackName[m.profile.track]} track`);
  line(`Overall  ${progressBar(m.overall.ratio, 30)}  ${outOf(m.overall.completedWeeks, m.overall.totalWeeks, 'week')}`);
  line();
  for (const month of m.months) {
    const isCurrent = month.weeks.some((w) => w.week === m.currentWeek);
    if (opts.compact) {
      line(monthLine(month, width));
      if (isCurrent) for (const w of month.weeks) line(weekLine(w, m.currentWeek, width));
      continue;
    }
    line(c.bold.underline(`Month ${month.month}: ${month.title}`));
    for (const w of month.weeks) line(weekLine(w, m.currentWeek, width));
    line();
  }
  if (opts.compact) line();
  const schedule =
    m.scheduledWeek > m.currentWeek
      ? c.yellow(`the calendar says week ${m.scheduledWeek}`)
      : m.scheduledWeek < m.currentWeek
        ? c.green(`ahead of the calendar (week ${m.scheduledWeek})`)
        : 'on schedule';
  line(`Current week  ${c.bold(String(m.currentWeek))}  (${schedule})`);
  line(`Streak        ${streakText(m.streak)}`);
  paceLines(m.forecast).forEach((text, i) => line(`${i === 0 ? 'Pace    ' : '        '}      ${text}`));
  for (const r of m.reviews) line(`Project       ${reviewLine(r)}`);
  if (!opts.compact) line();
  line(`${c.cyan('Next:')} ${m.next.text}`);
  line(`      ${c.bold(m.next.command)}`);
}

/** "blog-api 7/12 stages  ~/code/my-blog" */
export function reviewLine(r: ReviewStatus): string {
  const stages = outOf(r.passed, r.total, 'stage');
  return `${r.project.padEnd(14)} ${r.passed === r.total ? c.green(stages) : stages}  ${c.dim(r.path)}`;
}
