import { dirname, join } from 'node:path';
import type { CaseResult, CheckContext, CheckResult, Checker } from '../types.js';
import { withCheckTempDir } from './check-temp-dir.js';
import { expectedCases } from './node-cases.js';
import { parseCrash, stripCrash } from './node-crash.js';
import { runNodeTests, type NodeTestRun, type ReportLine } from './node-run.js';
import { clipOutput } from './output.js';

function timeoutMessage(ms: number, lines: ReportLine[], cases: CaseResult[]): string {
  const seconds = `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
  const started = lines.flatMap((l) => (l.kind === 'start' ? [l.name] : []));
  const running = started.find((name) => !cases.some((c) => c.name === name));
  // A synchronous loop blocks the reporter too, so often we cannot tell where it was stuck.
  const where = running ? ` while running "${running}"` : cases.length ? ` after ${cases.length} case${cases.length === 1 ? '' : 's'}` : '';
  return `Stopped after ${seconds}${where}: is there a loop that never ends (in a function, or at the top level of your file), or a server that is never closed?`;
}

const quoteList = (names: string[]) => names.slice(0, 3).map((n) => `"${n}"`).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

/** The run must report each case of the test exactly once, and nothing else. */
function reconcile(expected: string[], cases: CaseResult[]): string | undefined {
  const reported = cases.map((c) => c.name);
  const missing = expected.filter((n) => !reported.includes(n));
  const extra = reported.filter((n) => !expected.includes(n));
  const twice = reported.filter((n, i) => reported.indexOf(n) !== i);
  if (missing.length) return `The tests did not all run: ${quoteList(missing)} reported no result. Does your file exit the process, or change the test runner?`;
  if (extra.length || twice.length) return `The run reported cases the exercise does not have (${quoteList([...extra, ...twice])}): results do not come from your code alone.`;
  return undefined;
}

export function judge(ctx: CheckContext, { run, lines, forged }: NodeTestRun, expected: string[]): CheckResult {
  const cases: CaseResult[] = lines.flatMap((l) => (l.kind === 'case' ? [(({ kind: _kind, ...c }) => c)(l)] : []));
  const ended = lines.some((l) => l.kind === 'end');
  const crash = cases.length === 0 && !run.timedOut ? parseCrash(run.stderr) : undefined;
  const output = clipOutput([run.stdout, crash ? stripCrash(run.stderr) : run.stderr].filter((s) => s.trim()).join('\n'));
  const result: CheckResult = { passed: false, cases, output };
  if (forged) result.error = 'Something other than the test runner wrote test results: a check cannot pass that way.';
  else if (run.timedOut) result.error = timeoutMessage(ctx.timeoutMs, lines, cases);
  else if (crash) {
    const where = crash.location ? `\n  at ${crash.location}` : '';
    result.error = `Your file could not be loaded: ${crash.message}${where}${crash.excerpt ? `\n${crash.excerpt}` : ''}`;
  } else if (cases.length === 0) {
    result.error = `The tests did not run (exit code ${run.exitCode}): does your file call process.exit()?`;
  } else if (run.exitCode !== 0 && cases.every((c) => c.passed)) {
    result.error = `Every case passed but the process failed afterwards (exit code ${run.exitCode}): an error after the tests, or process.exit()?`;
  } else if (!ended) {
    result.error = `The tests stopped before the end (exit code ${run.exitCode}): does your file call process.exit()?`;
  } else {
    const wrong = reconcile(expected, cases);
    if (wrong) result.error = wrong;
  }
  result.passed = !result.error && cases.length > 0 && cases.every((c) => c.passed);
  return result;
}

export const nodeTestChecker: Checker = {
  async run(ctx) {
    const { exercise } = ctx;
    if (!exercise.test) throw new Error(`Exercise ${exercise.id} has no test file`);
    const test = exercise.test;
    const testFile = join(ctx.exerciseDir, test);
    const expected = await expectedCases({ id: exercise.id, dir: ctx.exerciseDir, test, solution: exercise.solution });
    return withCheckTempDir(async (tempDir) => {
      const workspace = ctx.workspace ?? dirname(ctx.learnerFile);
      const run = await runNodeTests({
        testFile,
        learnerFile: ctx.learnerFile,
        timeoutMs: ctx.timeoutMs,
        sandbox: { testFile, workspace, tempDir, ...(ctx.exercise.allow ? { allow: ctx.exercise.allow } : {}) },
        ...(ctx.running ? { running: ctx.running } : {}),
        signal: ctx.signal,
      });
      return judge(ctx, run, expected);
    });
  },
};
