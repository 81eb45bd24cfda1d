import { spawn, type ChildProcess } from 'node:child_process';
import { killProcessGroup, processGroupAlive } from '../core/process-group.js';

// The learner's program runs in its own process group (detached), so stopping it stops everything
// it started too (npm → sh → node, uvicorn's reloader...). SIGTERM first, SIGKILL after a grace period.

export interface RunningProgram {
  pid: number;
  /** the last lines the program printed (stdout and stderr interleaved) */
  output(): string[];
  /** resolves with the exit code (or signal name) once the program has exited */
  exited: Promise<string>;
  hasExited(): boolean;
  stop(graceMs?: number): Promise<void>;
}

const KEEP_LINES = 200;

async function waitGroupGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (processGroupAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

/** Every live process group we started, so a Ctrl-C of the CLI can stop them all. */
const live = new Set<RunningProgram>();

export function liveProgramCount(): number {
  return live.size;
}

/** Stops every program still running (used by the CLI's SIGINT/SIGTERM handler). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(2_000)));
}

/**
 * Starts `command` through the platform shell. The command is the learner's own start command
 * (their package.json or --cmd) on their own machine, so a shell is what they expect: it gives
 * them `&&`, quoting and env expansion exactly as when they type it. No value from a network or
 * from another person is ever interpolated into it.
 */
export function startProgram(command: string, opts: { cwd: string; env: NodeJS.ProcessEnv }): RunningProgram {
  const child: ChildProcess = spawn(command, {
    cwd: opts.cwd,
    env: opts.env,
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const lines: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split(/\r?\n/);
    partial = parts.pop() ?? '';
    lines.push(...parts);
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      done = true;
      lines.push(String(error.message));
      resolve('error');
    });
    child.once('exit', (code, signal) => {
      done = true;
      resolve(code === null ? String(signal) : String(code));
    });
  });
  const pid = child.pid ?? -1;
  const program: RunningProgram = {
    pid,
    output: () => (partial ? [...lines, partial] : [...lines]),
    exited,
    hasExited: () => done,
    async stop(graceMs = 3_000) {
      if (pid > 0 && processGroupAlive(pid)) {
        killProcessGroup(pid, 'SIGTERM');
        // wait for the whole group (not only the shell) to finish its graceful shutdown
        if (!(await waitGroupGone(pid, graceMs))) {
          // SIGKILL cannot be ignored. Do not wait for the group to vanish: orphaned children that
          // died stay zombies until init reaps them, and kill(-pgid, 0) still finds those.
          killProcessGroup(pid, 'SIGKILL');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 1_000).unref())]);
        }
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      live.delete(program);
    },
  };
  live.add(program);
  return program;
}
