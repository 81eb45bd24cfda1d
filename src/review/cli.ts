import { spawn } from 'node:child_process';
import { killProcessGroup } from '../core/process-group.js';
import { shellQuote } from './curl.js';
import { readPath } from './json-path.js';
import type { CliStep, OutputMatcher } from './schema.js';
import { expand, type Vars } from './template-values.js';
import type { StepFailure } from './types.js';

/** How to run the learner's command-line program; args are appended per step. */
export interface CliTarget {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs one command line in its own process group; a hung program is killed with its children. */
export function runCommand(line: string, target: CliTarget, stdin: string | undefined): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(line, { cwd: target.cwd, env: target.env, shell: true, detached: true, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const killGroup = (signal: NodeJS.Signals) => child.pid && killProcessGroup(child.pid, signal);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGKILL');
    }, target.timeoutMs ?? 10_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdin.on('error', () => undefined); // a program that never reads stdin
    child.stdin.end(stdin ?? '');
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + error.message, timedOut });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      killGroup('SIGKILL'); // anything the program left behind in its group
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

const trimEnd = (s: string) => s.replace(/\s+$/, '');

function checkOutput(name: 'stdout' | 'stderr', text: string, spec: OutputMatcher, vars: Vars) {
  const m = typeof spec === 'string' ? { equals: spec } : spec;
  const actual = text.length > 600 ? `${text.slice(0, 600)}…` : text || '(nothing)';
  if (m.equals !== undefined) {
    const want = String(expand(m.equals, vars));
    if (trimEnd(text) !== trimEnd(want)) return { what: name, expected: JSON.stringify(trimEnd(want)), actual };
  }
  if (m.contains !== undefined) {
    const want = String(expand(m.contains, vars));
    if (!text.includes(want)) return { what: name, expected: `to contain ${JSON.stringify(want)}`, actual };
  }
  if (m.matches !== undefined) {
    const pattern = String(expand(m.matches, vars));
    if (!new RegExp(pattern).test(text)) return { what: name, expected: `to match /${pattern}/`, actual };
  }
  if (m.empty === true && text.trim() !== '') return { what: name, expected: 'nothing', actual };
  if (m.empty === false && text.trim() === '') return { what: name, expected: 'a message', actual: '(nothing)' };
  return undefined;
}

/** The step as one shell line the learner can paste (stdin shown as a printf pipe). */
export function cliLine(command: string, args: string[], stdin?: string): string {
  const line = [command, ...args.map(shellQuote)].join(' ');
  return stdin === undefined ? line : `printf '%s' ${shellQuote(stdin)} | ${line}`;
}

export async function runCliStep(step: CliStep, index: number, target: CliTarget, vars: Vars): Promise<StepFailure | undefined> {
  const args = step.args.map((a) => String(expand(a, vars)));
  const stdin = step.stdin === undefined ? undefined : String(expand(step.stdin, vars));
  const line = [target.command, ...args.map(shellQuote)].join(' ');
  const env = step.env ? { ...target.env, ...expand(step.env, vars) } : target.env;
  const run = await runCommand(line, { ...target, env }, stdin);
  const sent = cliLine(target.command, args, stdin);
  const fail = (mismatch: StepFailure['mismatch']): StepFailure => ({ step: step.name, index, sent, mismatch });
  if (run.timedOut) return fail({ what: 'exit', expected: `the program to finish within ${(target.timeoutMs ?? 10_000) / 1000} s`, actual: 'it was still running (waiting for input?)' });
  const e = step.expect;
  const exitDetail = `exit code ${run.code}${run.stderr ? `, stderr: ${run.stderr.trim().slice(0, 400)}` : ''}`;
  if (e.exitCode !== undefined && run.code !== e.exitCode) return fail({ what: 'exit code', expected: String(e.exitCode), actual: exitDetail });
  if (e.nonZeroExit && run.code === 0) return fail({ what: 'exit code', expected: 'a non-zero exit code (an error)', actual: `0, stdout: ${run.stdout.trim().slice(0, 300)}` });
  const out = (e.stdout && checkOutput('stdout', run.stdout, e.stdout, vars)) || (e.stderr && checkOutput('stderr', run.stderr, e.stderr, vars));
  if (out) return fail(out);
  return step.capture ? captureJson(step.capture, run.stdout, vars, fail) : undefined;
}

function captureJson(capture: Record<string, string>, stdout: string, vars: Vars, fail: (m: StepFailure['mismatch']) => StepFailure): StepFailure | undefined {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return fail({ what: 'stdout', expected: 'JSON (later steps need values from it)', actual: stdout.slice(0, 400) || '(nothing)' });
  }
  for (const [name, path] of Object.entries(capture)) {
    const r = readPath(json, path);
    if (!r.found) return fail({ what: `stdout ${path}`, expected: 'present (later steps need it)', actual: stdout.slice(0, 400) });
    vars.set(name, r.value);
  }
  return undefined;
}
