import type { StatusModel } from '../progress/status-model.js';
import type { Checkin } from '../store/checkins.js';
import type { ProjectRecord } from '../store/projects.js';
import { heading, line } from './output.js';
import { progressBar } from './progress-bar.js';
import { reviewLine } from './status-view.js';
import { c } from './theme.js';

/** How many of the latest check-ins the view lists. */
export const RECENT_CHECKINS = 20;

export interface ProgressReport extends StatusModel {
  checkinCount: number;
  /** the latest RECENT_CHECKINS, oldest first */
  recentCheckins: Checkin[];
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
  line(`  Check-ins        ${r.checkinCount}`);
  line(`  Streak           ${r.streak.days} days · ${r.streak.weeks} weeks`);
  line(`  Forecast finish  ${r.forecast.finishDate}`);
  line();
  heading('Weeks');
  for (const w of weeks) {
    const when = w.completedAt ? c.dim(` done ${w.completedAt.slice(0, 10)}`) : '';
    const quiz = w.quizBest === null ? '' : c.dim(` quiz ${Math.round(w.quizBest * 100)}%`);
    line(`  ${String(w.week).padStart(2)} ${w.title.padEnd(44).slice(0, 44)} ${progressBar(w.ratio, 10)}${when}${quiz}`);
  }
  line();
  heading(`Check-ins (${r.checkinCount})`);
  if (r.checkinCount === 0) line(c.dim('  none yet: backend-roadmap checkin'));
  for (const k of r.recentCheckins) {
    const parts = [k.built && `built: ${k.built}`, k.blockers && `blockers: ${k.blockers}`, k.notes].filter(Boolean).join(' · ');
    line(`  ${k.day}  ${String(k.hours).padStart(4)} h  confidence ${k.confidence}/5  ${c.dim(parts)}`);
  }
  const older = r.checkinCount - r.recentCheckins.length;
  if (older > 0) line(c.dim(`  … ${older} older check-ins (see --json)`));
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
