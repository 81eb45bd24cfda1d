import type { StatusModel } from '../progress/status-model.js';
import type { Checkin } from '../store/checkins.js';
import type { ProjectRecord } from '../store/projects.js';
import { heading, line } from './output.js';
import { paceLines } from './pace-text.js';
import { count, outOf, streakText } from './plural.js';
import { progressBar } from './progress-bar.js';
import { fit, reviewLine } from './status-view.js';
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
  line(`  Weeks complete   ${outOf(r.overall.completedWeeks, r.overall.totalWeeks, 'week')}  ${progressBar(r.overall.ratio, 20)}`);
  line(`  Exercises passed ${outOf(passed, total, 'exercise')}`);
  line(`  Hours logged     ${r.hoursLogged} h`);
  line(`  Check-ins        ${count(r.checkins.length, 'check-in')}`);
  line(`  Streak           ${streakText(r.streak)}`);
  paceLines(r.forecast).forEach((text, i) => line(`  ${i === 0 ? 'Pace           ' : '               '}  ${text}`));
  line();
  heading('Weeks');
  for (const w of weeks) {
    // a completed week shows when instead of its exercise count, so a row fits 80 columns
    const when = w.completedAt ? ` done ${w.completedAt.slice(0, 10)}` : w.exercises.total ? ` ${outOf(w.exercises.passed, w.exercises.total, 'exercise')}` : '';
    const quiz = w.quizBest === null ? '' : ` quiz ${Math.round(w.quizBest * 100)}%`;
    line(`  ${String(w.week).padStart(2)} ${fit(w.title, 32)} ${progressBar(w.ratio, 10)}${c.dim(`${when}${quiz}`)}`);
  }
  line();
  heading(`Check-ins (${r.checkins.length})`);
  if (r.checkins.length === 0) line(c.dim(`  none yet: ${cmd('checkin')}`));
  for (const k of r.checkins.slice(-20)) {
    const parts = [k.built && `built: ${k.built}`, k.blockers && `blockers: ${k.blockers}`, k.notes].filter(Boolean).join(' · ');
    line(`  ${k.day}  ${String(k.hours).padStart(4)} h  confidence ${k.confidence}/5  ${c.dim(parts)}`);
  }
  if (r.checkins.length > 20) line(c.dim(`  … ${count(r.checkins.length - 20, 'older check-in')} (see --json)`));
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
