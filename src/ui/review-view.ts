import type { StagesFile } from '../review/schema.js';
import type { ReviewReport, StageOutcome } from '../review/types.js';
import { heading, line } from './output.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';
import { count, outOf } from './plural.js';

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

export function printReviewStart(project: string, dir: string): void {
  heading(`Reviewing ${project} in ${dir}`);
}

export function printNote(message: string): void {
  line(c.dim(`  ${message}`));
}

export function printStageLine(s: StageOutcome): void {
  const mark = s.passed ? sym.ok : sym.fail;
  line(` ${mark} ${String(s.number).padStart(2)}  ${s.title.padEnd(52)} ${c.dim(`week ${s.week} · ${seconds(s.ms)}`)}`);
}

function printFailure(s: StageOutcome): void {
  const f = s.failure!;
  line();
  line(c.bold(`Stage ${s.number} (${s.id}) fails at step ${f.index}: ${f.step}`));
  line(`  ${c.cyan('Sent:')}      ${f.sent}${f.note ? c.dim(`   (${f.note})`) : ''}`);
  line(`  ${c.cyan('Checked:')}   ${f.mismatch.what}`);
  line(`  ${c.green('Expected:')}  ${f.mismatch.expected}`);
  line(`  ${c.red('Actual:')}    ${f.mismatch.actual}`);
  if (s.task) line(`  ${c.cyan('The stage:')} ${s.task}`);
  if (s.hint) line(`  ${c.yellow('Hint:')}      ${s.hint}`);
  if (s.lesson) line(`  ${c.cyan('Reread:')}    week ${s.lesson.week} · ${s.lesson.section}   ${c.dim(s.lesson.command)}`);
}

export function printReviewReport(r: ReviewReport, weeksCompleted: number[] = []): void {
  const failed = r.stages.find((s) => !s.passed);
  if (failed) printFailure(failed);
  line();
  const passed = r.stages.filter((s) => s.passed).length;
  const timing = c.dim(`(stages ran in ${seconds(r.stagesMs)}${r.readyMs !== undefined ? `; your program was ready in ${seconds(r.readyMs)}` : ''})`);
  if (r.passed) {
    const rest = r.requested < r.total ? ` Next: stage ${r.requested + 1} of ${r.total} (${cmd(`review --stage ${r.requested + 1}`)}).` : ' Every stage of the project passes.';
    line(`${sym.ok} ${outOf(passed, r.requested, 'stage passes', 'stages pass')}.${rest} ${timing}`);
  } else {
    line(`${sym.fail} ${outOf(passed, r.requested, 'stage passes', 'stages pass')}. Fix stage ${failed?.number} and run ${cmd('review')} again. ${timing}`);
  }
  for (const week of weeksCompleted) line(`${sym.ok} Week ${week} complete: every week-${week} stage of ${r.project} passes.`);
}

export function printStageList(file: StagesFile, last: Map<string, boolean>): void {
  heading(`${file.project} — ${file.title}: ${count(file.stages.length, 'stage')}`);
  for (const [i, s] of file.stages.entries()) {
    const state = last.get(s.id);
    const mark = state === true ? sym.ok : state === false ? sym.fail : c.dim('·');
    line(` ${mark} ${String(i + 1).padStart(2)}  ${s.title} ${c.dim(`(week ${s.week}, ${s.id})`)}`);
    line(`       ${c.dim(s.task)}`);
  }
  line();
  line(c.dim(`${sym.ok} passed last time   ${sym.fail} failed last time   · not run yet`));
}
