import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePython } from '../../core/python-interpreter.js';
import type { CaseResult, CheckContext, CheckResult, Checker } from '../types.js';
import { withCheckTempDir } from './check-temp-dir.js';
import { clipOutput } from './output.js';
import { scrubbedEnv } from './process-tree.js';
import { pythonPolicy } from './python-sandbox.js';
import { exerciseVenv } from './python-venv.js';
import { channelSecret, parseChannel } from './report-channel.js';
import { runChild, type ChildRun } from './run-child.js';

/** Shipped beside this module (the build copies it into dist/). */
const RUNNER = fileURLToPath(new URL('./python/runner.py', import.meta.url));
/** One case may use this share of the whole run's time limit (at least a second). */
const caseTimeoutSeconds = (totalMs: number) => Math.max(1, Math.floor(totalMs / 2000));

export type ReportLine =
  | { kind: 'plan'; cases: string[] }
  | { kind: 'start'; name: string }
  | ({ kind: 'case' } & CaseResult)
  | { kind: 'error'; type: 'syntax' | 'import' | 'timeout' | 'internal'; message: string; line?: number | null; excerpt?: string }
  | { kind: 'tampered'; what: string }
  | { kind: 'end' };

function loadError(e: Extract<ReportLine, { kind: 'error' }>, learnerFile: string): string {
  const where = e.line ? `\n  at ${learnerFile}:${e.line}` : '';
  if (e.type === 'internal') return `The checker could not run the tests (${e.message}). Please report this.`;
  if (e.type === 'timeout') return `Your file could not be loaded: ${e.message}${where}: is there a loop that never ends at the top level of your file?`;
  return `Your file could not be loaded: ${e.message}${where}${e.excerpt ? `\n${e.excerpt}` : ''}`;
}

function timeoutMessage(ms: number, lines: ReportLine[], cases: CaseResult[]): string {
  const started = lines.filter((l): l is Extract<ReportLine, { kind: 'start' }> => l.kind === 'start').map((l) => l.name);
  const running = started.find((name) => !cases.some((c) => c.name === name));
  const where = running ? ` while running "${running}"` : '';
  return `Stopped after ${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s${where}: is there a loop that never ends, or something waiting forever?`;
}

/**
 * The verdict from the report: a forged or tampered report fails, and so do missing or renamed cases
 * (the plan, taken from the test's source before the learner's code ran, is the truth).
 */
export function judge(learnerFile: string, timeoutMs: number, raw: ChildRun, lines: ReportLine[], forged: boolean): CheckResult {
  const cases: CaseResult[] = lines
    .filter((l): l is Extract<ReportLine, { kind: 'case' }> => l.kind === 'case')
    .map(({ kind: _kind, ...c }) => c);
  const output = clipOutput([raw.stdout, raw.stderr].filter((s) => s.trim()).join('\n'));
  const result: CheckResult = { passed: false, cases, output };
  const loadFailure = lines.find((l): l is Extract<ReportLine, { kind: 'error' }> => l.kind === 'error');
  const plan = lines.find((l): l is Extract<ReportLine, { kind: 'plan' }> => l.kind === 'plan');
  const ended = lines.some((l) => l.kind === 'end');
  const tampered = lines.find((l): l is Extract<ReportLine, { kind: 'tampered' }> => l.kind === 'tampered');
  if (tampered) result.error = `Your code replaced part of the test machinery (${tampered.what}): a check cannot pass that way.`;
  else if (forged) result.error = 'Something other than the test runner wrote test results: a check cannot pass that way.';
  else if (loadFailure) result.error = loadError(loadFailure, learnerFile);
  else if (raw.timedOut) result.error = timeoutMessage(timeoutMs, lines, cases);
  else if (!ended) {
    result.error = `The tests stopped before the end (exit code ${raw.exitCode}): does your file call os._exit(), or crash the interpreter?`;
  } else if (!plan || plan.cases.length !== cases.length || plan.cases.some((name, i) => cases[i]?.name !== name)) {
    result.error = 'The test report does not match the hidden tests: run verify again.';
  }
  result.passed = !result.error && cases.length > 0 && cases.every((c) => c.passed);
  return result;
}

export const pythonUnittestChecker: Checker = {
  async run(ctx: CheckContext) {
    if (!ctx.exercise.test) throw new Error(`Exercise ${ctx.exercise.id} has no test file`);
    const python = await resolvePython(ctx.cacheDir);
    const requires = ctx.exercise.python?.requires;
    const venv = requires ? await exerciseVenv(python, requires, ctx.cacheDir, ctx.notify) : undefined;
    const testFile = join(ctx.exerciseDir, ctx.exercise.test);
    return withCheckTempDir(async (tempDir) => {
      const policy = JSON.stringify(await pythonPolicy(ctx, tempDir, venv ? [venv.sitePackages] : []));
      const pycache = join(ctx.cacheDir, 'python-bytecode');
      const args = ['-I', '-B', '-u', '-X', 'utf8', RUNNER, testFile, ctx.learnerFile, String(caseTimeoutSeconds(ctx.timeoutMs)), policy, pycache];
      const env = scrubbedEnv({ TMPDIR: tempDir, TMP: tempDir, TEMP: tempDir });
      const secret = channelSecret();
      const raw = await runChild(venv?.executable ?? python.executable, args, { cwd: dirname(ctx.learnerFile), env, timeoutMs: ctx.timeoutMs, channel: secret, ...(ctx.running ? { spawned: ctx.running } : {}), ...(ctx.signal ? { signal: ctx.signal } : {}) });
      const { lines, forged } = parseChannel<ReportLine>(raw.channel, secret);
      return judge(ctx.learnerFile, ctx.timeoutMs, raw, lines, forged);
    });
  },
};
