import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { killTree } from './process-tree.js';

/** What a checked program did: its output (the last 256 KB of each stream) and how it ended. */
export interface ChildRun {
  stdout: string;
  stderr: string;
  /** what the child wrote on its private channel (fd 3), when one was asked for */
  channel: string;
  exitCode: number | null;
  /** true when it was killed for running past the time limit */
  timedOut: boolean;
}

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** opens fd 3 as a private channel to the child and writes this on it first */
  channel?: string;
  /** called once the child runs (not when it could not start): other work may go on meanwhile */
  spawned?: () => void;
  /** aborted: the child's whole group is killed (its run is no longer wanted) */
  signal?: AbortSignal;
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

// Children still running. A signal to the CLI (Ctrl-C, SIGTERM) does not reach them, as they run in
// process groups of their own: the handlers below kill them, and 'exit' catches every other way out.
const live = new Set<ChildProcess>();
const killLive = () => live.forEach(killTree);
function onSignal(signal: NodeJS.Signals): void {
  killLive();
  // Alone (verify): exit as Ctrl-C does. Beside a command's own handler (watch): let it wind down.
  if (process.listenerCount(signal) <= 1) process.exit(130);
}
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * Installed before the first child is spawned, and kept. Before: once a child has exec'd (which
 * spawn() waits for) a signal may arrive, and without a listener it would kill this process by
 * Node's default, leaving the child running; a listener's JS runs only after spawn() has returned
 * and the child is tracked. Kept: a signal that lands between two checks (or between a child's end
 * and the verdict) still exits 130. First in line, so it still sees the command's own handlers,
 * even those added with once().
 */
function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.prependListener(s, onSignal);
  process.on('exit', killLive);
}

/**
 * Runs a checker's child process (the learner's code inside it) with stdin closed, in a process group
 * of its own: on timeout, and after it ends, the whole group is killed, so nothing the learner's code
 * started outlives the check. A grandchild holding the pipes open cannot make us wait either: the
 * run ends 200 ms after the child exits, and our ends of the pipes are closed.
 */
export function runChild(file: string, args: string[], opts: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const stdio = opts.channel === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', 'pipe'];
    installSignalHandlers();
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: stdio as ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    live.add(child);
    const untrack = () => live.delete(child);
    const out = tail();
    const err = tail();
    const channel = tail();
    const streams = child.stdio.slice(1).filter(Boolean) as (Readable | Writable)[];
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    const fd3 = child.stdio[3] as (Readable & Writable) | undefined;
    if (fd3) {
      fd3.on('data', channel.push);
      fd3.on('error', () => undefined); // the child may close it first
      fd3.write(opts.channel);
    }
    let timedOut = false;
    let settled = false;
    const settle = (exitCode: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', abort);
      killTree(child);
      untrack();
      for (const s of streams) s.destroy();
      resolve({ stdout: out.text(), stderr: err.text(), channel: channel.text(), exitCode, timedOut });
    };
    // A synchronous endless loop cannot be interrupted from inside: kill the whole group.
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, opts.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      untrack();
      reject(error);
    });
    child.on('close', settle);
    child.on('exit', (code) => setTimeout(() => settle(code), 200).unref());
    const abort = () => killTree(child);
    if (opts.signal?.aborted) abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    if (child.pid !== undefined) opts.spawned?.();
  });
}
