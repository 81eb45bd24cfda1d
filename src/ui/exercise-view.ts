import type { LoadedExercise } from '../curriculum/load.js';
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
