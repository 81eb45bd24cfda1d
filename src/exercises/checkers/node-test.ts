import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CaseResult, CheckContext, CheckResult, Checker } from '../types.js';
import { parseCrash, stripCrash } from './node-crash.js';
import { reporterModuleUrl } from './node-reporter.js';
import { clipOutput } from './output.js';
import { scrubbedEnv } from './process-tree.js';
import { runChild, type ChildRun } from './run-child.js';

/**
 * Runs the hidden test file directly (`node --test-reporter=… test.mjs`, one process, unlike
 * `node --test` which adds a second) with the learner's file in EXERCISE_FILE. Nothing is installed
 * in the workspace: the test file lives in the package and resolves its imports from there.
 */
function runTestFile(ctx: CheckContext, testFile: string, reportFile: string): Promise<ChildRun> {
  // Learner code sees a scrubbed environment: no data-folder path, no CLI settings. Leaving out
  // NODE_TEST_CONTEXT matters too: set when this CLI itself runs under `node --test`, it would make
  // the child talk the runner's binary protocol instead of using our reporter.
  const env = scrubbedEnv({ EXERCISE_FILE: ctx.learnerFile, BACKEND_ROADMAP_REPORT_FILE: reportFile });
  const args = ['--test-reporter', reporterModuleUrl(), '--test-reporter-destination', 'stdout', testFile];
  return runChild(process.execPath, args, { cwd: dirname(ctx.learnerFile), env, timeoutMs: ctx.timeoutMs });
}

type ReportLine = { kind: 'start'; name: string } | ({ kind: 'case' } & CaseResult);

function readReport(file: string): ReportLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReportLine);
}

function timeoutMessage(ms: number, lines: ReportLine[], cases: CaseResult[]): string {
  const seconds = `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
  const started = lines.filter((l) => l.kind === 'start').map((l) => l.name);
  const running = started.find((name) => !cases.some((c) => c.name === name));
  // A synchronous loop blocks the reporter too, so often we cannot tell where it was stuck.
  const where = running ? ` while running "${running}"` : cases.length ? ` after ${cases.length} case${cases.length === 1 ? '' : 's'}` : '';
  return `Stopped after ${seconds}${where}: is there a loop that never ends (in a function, or at the top level of your file), or a server that is never closed?`;
}

export function judge(ctx: CheckContext, run: ChildRun, lines: ReportLine[]): CheckResult {
  const cases: CaseResult[] = lines
    .filter((l): l is Extract<ReportLine, { kind: 'case' }> => l.kind === 'case')
    .map(({ kind: _kind, ...c }) => c);
  const crash = cases.length === 0 && !run.timedOut ? parseCrash(run.stderr) : undefined;
  const output = clipOutput([run.stdout, crash ? stripCrash(run.stderr) : run.stderr].filter((s) => s.trim()).join('\n'));
  const result: CheckResult = { passed: false, cases, output };
  if (run.timedOut) result.error = timeoutMessage(ctx.timeoutMs, lines, cases);
  else if (crash) {
    const where = crash.location ? `\n  at ${crash.location}` : '';
    result.error = `Your file could not be loaded: ${crash.message}${where}${crash.excerpt ? `\n${crash.excerpt}` : ''}`;
  } else if (cases.length === 0) {
    result.error = `The tests did not run (exit code ${run.exitCode}): does your file call process.exit()?`;
  } else if (run.exitCode !== 0 && cases.every((c) => c.passed)) {
    result.error = `Every case passed but the process failed afterwards (exit code ${run.exitCode}): an error after the tests, or process.exit()?`;
  }
  result.passed = !result.error && cases.length > 0 && cases.every((c) => c.passed);
  return result;
}

export const nodeTestChecker: Checker = {
  async run(ctx) {
    if (!ctx.exercise.test) throw new Error(`Exercise ${ctx.exercise.id} has no test file`);
    const reportFile = join(tmpdir(), `backend-roadmap-${process.pid}-${randomUUID()}.jsonl`);
    try {
      const run = await runTestFile(ctx, join(ctx.exerciseDir, ctx.exercise.test), reportFile);
      return judge(ctx, run, readReport(reportFile));
    } finally {
      rmSync(reportFile, { force: true });
    }
  },
};
