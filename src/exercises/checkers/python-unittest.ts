import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePython } from '../../core/python-interpreter.js';
import type { CaseResult, CheckContext, CheckResult, Checker } from '../types.js';
import { clipOutput } from './output.js';
import { scrubbedEnv } from './process-tree.js';
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
  | { kind: 'end' };

function readReport(file: string): ReportLine[] {
  if (!existsSync(file)) return [];
  const lines: ReportLine[] = [];
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text) continue;
    try {
      lines.push(JSON.parse(text) as ReportLine);
    } catch {
      // a line cut by a kill: everything before it still counts
    }
  }
  return lines;
}

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

/** The verdict from the report alone; missing or renamed cases fail the run (the plan is the truth). */
export function judge(learnerFile: string, timeoutMs: number, raw: ChildRun, lines: ReportLine[]): CheckResult {
  const cases: CaseResult[] = lines
    .filter((l): l is Extract<ReportLine, { kind: 'case' }> => l.kind === 'case')
    .map(({ kind: _kind, ...c }) => c);
  const output = clipOutput([raw.stdout, raw.stderr].filter((s) => s.trim()).join('\n'));
  const result: CheckResult = { passed: false, cases, output };
  const loadFailure = lines.find((l): l is Extract<ReportLine, { kind: 'error' }> => l.kind === 'error');
  const plan = lines.find((l): l is Extract<ReportLine, { kind: 'plan' }> => l.kind === 'plan');
  const ended = lines.some((l) => l.kind === 'end');
  if (loadFailure) result.error = loadError(loadFailure, learnerFile);
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
    const reportFile = join(tmpdir(), `backend-roadmap-${process.pid}-${randomUUID()}.jsonl`);
    const testFile = join(ctx.exerciseDir, ctx.exercise.test);
    try {
      const args = ['-I', '-B', '-u', '-X', 'utf8', RUNNER, testFile, ctx.learnerFile, reportFile, String(caseTimeoutSeconds(ctx.timeoutMs))];
      const raw = await runChild(python.executable, args, { cwd: dirname(ctx.learnerFile), env: scrubbedEnv(), timeoutMs: ctx.timeoutMs });
      return judge(ctx.learnerFile, ctx.timeoutMs, raw, readReport(reportFile));
    } finally {
      rmSync(reportFile, { force: true });
    }
  },
};
