import type { LoadedExercise } from '../curriculum/load.js';
import type { VerifyOutcome } from '../exercises/verify.js';
import type { CaseResult, CheckResult } from '../exercises/types.js';
import { line } from './output.js';
import { progressBar } from './progress-bar.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';
import { outOf } from './plural.js';

// Failing test cases often cascade from one mistake: the first few in detail are enough. Each failed
// static rule (Dockerfile, compose, README) is a separate thing to fix: every one is explained.
const detailedFailures = (checker: LoadedExercise['checker']) => (checker === 'static' ? Infinity : 3);

/** A progress note on stderr (stdout stays the result): e.g. a slow first-time set-up. */
export function note(message: string): void {
  process.stderr.write(`${c.dim(message)}\n`);
}

const indent = (text: string, pad = '    ') => text.split('\n').map((l) => pad + l).join('\n');
const ms = (n: number) => (n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(1)} s`);

/** `expected: 'nan'` on one line; a multi-line value goes below its label. */
function printValue(label: string, value: string, colour: (s: string) => string): void {
  if (!value.includes('\n')) line(`    ${c.dim(label)} ${colour(value)}`);
  else line(`    ${c.dim(label)}\n${indent(colour(value), '      ')}`);
}

function printCase(k: CaseResult): void {
  line(`  ${sym.fail} ${k.name}`);
  if (k.message) line(indent(c.yellow(k.message)));
  if (k.expected !== undefined) printValue('expected:', k.expected, c.green);
  if (k.actual !== undefined) printValue('actual:  ', k.actual, c.red);
}

/** Which cases failed (in detail, see above), the error if the file never ran, and its output. */
export function printCheckResult(result: CheckResult, checker: LoadedExercise['checker']): void {
  const failed = result.cases.filter((k) => !k.passed);
  const detailed = detailedFailures(checker);
  for (const k of result.cases.filter((k) => k.passed)) line(`  ${sym.ok} ${c.dim(k.name)}`);
  failed.slice(0, detailed).forEach(printCase);
  for (const k of failed.slice(detailed)) line(`  ${sym.fail} ${k.name}`);
  if (result.error) line(`\n${indent(c.red(result.error), '  ')}`);
  if (result.output) line(`\n  ${c.dim('Your code printed:')}\n${indent(c.dim(result.output))}`);
}

export interface ShownHint {
  number: number;
  total: number;
  text: string;
}

export function printVerifyOutcome(o: VerifyOutcome, opts: { hint?: ShownHint } = {}): void {
  const { result, exercise } = o;
  const counted = result.cases.length ? ` (${result.cases.filter((k) => k.passed).length}/${result.cases.length} cases)` : '';
  if (result.passed) line(`${sym.ok} ${c.bold(exercise.id)} passed${counted} ${c.dim(`in ${ms(o.durationMs)}`)}`);
  else line(`${sym.fail} ${c.bold(exercise.id)} does not pass yet${counted} ${c.dim(o.file)}`);
  printCheckResult(result, exercise.checker);
  line();
  if (!result.passed) {
    const { hint } = opts;
    if (hint) line(`${c.cyan(`Hint ${hint.number}/${hint.total}:`)} ${hint.text}`);
    const more = hint && hint.number < hint.total ? `Next hint: ${cmd(`exercise hint ${exercise.id}`)} · ` : '';
    line(c.dim(`${more}Re-check on save: ${cmd('exercise watch')}`));
    return;
  }
  line(`Progress  ${progressBar(o.progress.total ? o.progress.passed / o.progress.total : 0, 24)}  ${outOf(o.progress.passed, o.progress.total, 'exercise')}`);
  if (o.weekCompleted) line(`${c.green('★')} Week ${exercise.week} complete: every exercise passed.`);
  if (o.next) line(`${c.cyan('Next:')} ${cmd(`exercise start ${o.next.id}`)}`);
  else line(`${c.green('★')} Every exercise of your track has passed. Well done!`);
}
