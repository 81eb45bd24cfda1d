import type { LoadedExercise } from '../curriculum/load.js';
import type { ExerciseRow } from '../exercises/state.js';
import { renderMarkdown } from './markdown.js';
import { heading, line } from './output.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';

export function printTask(exercise: LoadedExercise, file: string, created: boolean): void {
  heading(`Week ${exercise.week} · ${exercise.title} (${exercise.id}, ${exercise.difficulty})`);
  line();
  line(renderMarkdown(exercise.task).trimEnd());
  line();
  line(`${created ? 'Your file' : 'Your file (already there, kept as is)'}: ${c.bold(file)}`);
  line(`Check it:   ${c.bold(cmd(`exercise verify ${exercise.id}`))}`);
  line(`Or re-check on every save: ${c.bold(cmd('exercise watch'))}`);
}

/** "Hint 2/3 for describe-type: …" */
export const hintLine = (exercise: LoadedExercise, shown: number) =>
  `${c.cyan(`Hint ${shown}/${exercise.hints.length}`)} for ${exercise.id}: ${exercise.hints[shown - 1]}`;

export function printHint(exercise: LoadedExercise, shown: number): void {
  const total = exercise.hints.length;
  line(hintLine(exercise, shown));
  if (shown < total) line(c.dim(`Run it again for the next hint.`));
  else line(c.dim('That was the last hint.'));
}

export function printSolution(exercise: LoadedExercise, text: string): void {
  heading(`Reference solution: ${exercise.id} (${exercise.solution})`);
  line(c.dim('─'.repeat(40)));
  line(text.trimEnd());
  line(c.dim('─'.repeat(40)));
}

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
