import type { ReviewStatus, StatusModel, WeekStatus } from '../progress/status-model.js';
import { heading, line } from './output.js';
import { paceLines } from './pace-text.js';
import { progressBar } from './progress-bar.js';
import { c } from './theme.js';

const trackName = { node: 'Node.js', python: 'Python' } as const;

function weekLine(w: WeekStatus, current: number): string {
  const marker = w.completed ? c.green('✔') : w.week === current ? c.cyan('▶') : ' ';
  const title = w.title.length > 36 ? `${w.title.slice(0, 35)}…` : w.title;
  const label = `Week ${String(w.week).padStart(2)}  ${title}`;
  // A week marked done by hand shows as done, like its ✔ and full bar, not as "0/3 exercises".
  const markedDone = w.completed && w.exercises.passed < w.exercises.total;
  const ex = w.exercises.total ? c.dim(markedDone ? ' marked done' : ` ${w.exercises.passed}/${w.exercises.total} exercises`) : '';
  const text = w.week === current ? c.bold(label.padEnd(46)) : label.padEnd(46);
  return ` ${marker} ${text} ${progressBar(w.ratio, 12)}${ex}`;
}

export function printStatus(m: StatusModel): void {
  heading(`backend-roadmap — ${m.profile.name} · ${trackName[m.profile.track]} track`);
  line(`Overall  ${progressBar(m.overall.ratio, 30)}  ${m.overall.completedWeeks}/${m.overall.totalWeeks} weeks`);
  line();
  for (const month of m.months) {
    line(c.bold.underline(`Month ${month.month}: ${month.title}`));
    for (const w of month.weeks) line(weekLine(w, m.currentWeek));
    line();
  }
  const schedule =
    m.scheduledWeek > m.currentWeek
      ? c.yellow(`the calendar says week ${m.scheduledWeek}`)
      : m.scheduledWeek < m.currentWeek
        ? c.green(`ahead of the calendar (week ${m.scheduledWeek})`)
        : 'on schedule';
  line(`Current week  ${c.bold(String(m.currentWeek))}  (${schedule})`);
  line(`Streak        ${m.streak.days} day${m.streak.days === 1 ? '' : 's'} · ${m.streak.weeks} week${m.streak.weeks === 1 ? '' : 's'}`);
  paceLines(m.forecast).forEach((text, i) => line(`${i === 0 ? 'Pace    ' : '        '}      ${text}`));
  for (const r of m.reviews) line(`Project       ${reviewLine(r)}`);
  line();
  line(`${c.cyan('Next:')} ${m.next.text}`);
  line(`      ${c.bold(m.next.command)}`);
}

/** "blog-api 7/12 stages  ~/code/my-blog" */
export function reviewLine(r: ReviewStatus): string {
  const count = `${r.passed}/${r.total} stages`;
  return `${r.project.padEnd(14)} ${r.passed === r.total ? c.green(count) : count}  ${c.dim(r.path)}`;
}
