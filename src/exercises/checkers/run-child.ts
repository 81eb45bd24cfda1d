import { spawn } from 'node:child_process';
import { trackProcessGroup } from '../../core/process-group.js';
import { killTree } from './process-tree.js';

/** What a checked program did: its output (the last 256 KB of each stream) and how it ended. */
export interface ChildRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** true when it was killed for running past the time limit */
  timedOut: boolean;
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

/**
 * Runs a checker's child process (the learner's code inside it) with stdin closed, in a process group
 * of its own: on timeout, and after it ends, the whole group is killed, so nothing the learner's code
 * started outlives the check. A grandchild holding the pipes open cannot make us wait either.
 */
export function runChild(file: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const untrack = child.pid === undefined ? () => false : trackProcessGroup(child.pid);
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
      killTree(child);
      untrack();
      resolve({ stdout: out.text(), stderr: err.text(), exitCode, timedOut });
    };
    // A synchronous endless loop cannot be interrupted from inside: kill the whole group.
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, opts.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', settle);
    child.on('exit', (code) => setTimeout(() => settle(code), 200).unref());
  });
}
