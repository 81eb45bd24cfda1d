import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CaseResult, CheckContext, CheckResult, Checker } from '../types.js';
import { parseCrash, stripCrash } from './node-crash.js';
import { reporterModuleUrl } from './node-reporter.js';
import { clipOutput } from './output.js';

interface RawRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
}

/**
 * Runs the hidden test file directly (`node --test-reporter=… test.mjs`, one process, unlike
 * `node --test` which adds a second) with the learner's file in EXERCISE_FILE. Nothing is installed
 * in the workspace: the test file lives in the package and resolves its imports from there.
 */
function runTestFile(ctx: CheckContext, testFile: string, reportFile: string): Promise<RawRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, EXERCISE_FILE: ctx.learnerFile, BACKEND_ROADMAP_REPORT_FILE: reportFile };
  // Set when this CLI itself runs under `node --test`: the child would then talk the runner's
  // binary protocol instead of using our reporter.
  delete env.NODE_TEST_CONTEXT;
  const args = ['--test-reporter', reporterModuleUrl(), '--test-reporter-destination', 'stdout', testFile];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dirname(ctx.learnerFile), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = tail();
    const err = tail();
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    let timedOut = false;
    let settled = false;
    const settle = (exitCode: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ stdout: out.text(), stderr: err.text(), exitCode, timedOut });
    };
    // A synchronous endless loop cannot be interrupted from inside: kill the whole process.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ctx.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', settle);
    // A process the learner's code started may hold the pipes open after the test process is gone.
    child.on('exit', (code) => setTimeout(() => settle(code), 200).unref());
  });
}

/** Keeps the last ~256 KB of a stream: a print loop must not fill memory, and crashes are at the end. */
function tail(limit = 256 * 1024): { push: (b: Buffer) => void; text: () => string } {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    push: (b) => {
      chunks.push(b);
      size += b.length;
      while (size > limit && chunks.length > 1) size -= chunks.shift()!.length;
    },
    text: () => Buffer.concat(chunks).toString(),
  };
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

export function judge(ctx: CheckContext, run: RawRun, lines: ReportLine[]): CheckResult {
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
