import type { StatusModel } from '../progress/status-model.js';
import type { Checkin } from '../store/checkins.js';
import type { ProjectRecord } from '../store/projects.js';
import { heading, line } from './output.js';
import { paceLines } from './pace-text.js';
import { progressBar } from './progress-bar.js';
import { reviewLine } from './status-view.js';
import { c } from './theme.js';
import { cmd } from '../core/invocation.js';

export interface ProgressReport extends StatusModel {
  checkins: Checkin[];
  projects: ProjectRecord[];
}

export function printProgress(r: ProgressReport): void {
  const weeks = r.months.flatMap((m) => m.weeks);
  const passed = weeks.reduce((n, w) => n + w.exercises.passed, 0);
  const total = weeks.reduce((n, w) => n + w.exercises.total, 0);
  heading('Totals');
  line(`  Weeks complete   ${r.overall.completedWeeks}/${r.overall.totalWeeks}  ${progressBar(r.overall.ratio, 20)}`);
  line(`  Exercises passed ${passed}/${total}`);
  line(`  Hours logged     ${r.hoursLogged}`);
  line(`  Check-ins        ${r.checkins.length}`);
  line(`  Streak           ${r.streak.days} days · ${r.streak.weeks} weeks`);
  paceLines(r.forecast).forEach((text, i) => line(`  ${i === 0 ? 'Pace           ' : '               '}  ${text}`));
  line();
  heading('Weeks');
  for (const w of weeks) {
    const when = w.completedAt ? c.dim(` done ${w.completedAt.slice(0, 10)}`) : '';
    const quiz = w.quizBest === null ? '' : c.dim(` quiz ${Math.round(w.quizBest * 100)}%`);
    line(`  ${String(w.week).padStart(2)} ${w.title.padEnd(44).slice(0, 44)} ${progressBar(w.ratio, 10)}${when}${quiz}`);
  }
  line();
  heading(`Check-ins (${r.checkins.length})`);
  if (r.checkins.length === 0) line(c.dim(`  none yet: ${cmd('checkin')}`));
  for (const k of r.checkins.slice(-20)) {
    const parts = [k.built && `built: ${k.built}`, k.blockers && `blockers: ${k.blockers}`, k.notes].filter(Boolean).join(' · ');
    line(`  ${k.day}  ${String(k.hours).padStart(4)} h  confidence ${k.confidence}/5  ${c.dim(parts)}`);
  }
  if (r.checkins.length > 20) line(c.dim(`  … ${r.checkins.length - 20} older check-ins (see --json)`));
  if (r.reviews.length) {
    line();
    heading(`Reviewed projects (${r.reviews.length})`);
    for (const p of r.reviews) line(`  ${reviewLine(p)}  ${c.dim(`last review ${p.lastReviewedAt.slice(0, 10)}`)}`);
  }
  if (r.projects.length) {
    line();
    heading(`Projects (${r.projects.length})`);
    for (const p of r.projects) line(`  ${p.createdAt.slice(0, 10)}  ${p.template.padEnd(14)} ${p.path}`);
  }
}
