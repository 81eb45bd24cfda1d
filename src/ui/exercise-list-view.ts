// `exercise list` (and the list key of `exercise watch`): kept apart from exercise-view.ts, whose
// task text needs the Markdown renderer.
import type { ExerciseRow } from '../exercises/state.js';
import { line } from './output.js';
import { c, sym } from './theme.js';

const state = (r: ExerciseRow) => (r.state === 'passed' ? `${sym.ok} passed ` : r.started ? `${c.yellow('…')} started` : `  ${c.dim('pending')}`);

/** One block per week: state, id, title, attempts; `current` is marked. */
export function printExerciseList(rows: ExerciseRow[], current: string | undefined): void {
  if (rows.length === 0) {
    line('No exercises here yet.');
    return;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  let week = 0;
  for (const r of rows) {
    if (r.week !== week) {
      week = r.week;
      const done = rows.filter((x) => x.week === week && x.state === 'passed').length;
      const total = rows.filter((x) => x.week === week).length;
      line(`${week === rows[0]!.week ? '' : '\n'}${c.bold(`Week ${week}`)} ${c.dim(`${done}/${total}`)}`);
    }
    const marker = r.id === current ? c.cyan('▶') : ' ';
    const tries = r.attempts ? c.dim(`${r.attempts} attempt${r.attempts === 1 ? '' : 's'}`) : '';
    line(` ${marker} ${state(r)}  ${r.id.padEnd(idWidth)}  ${r.title}  ${tries}`);
  }
}
