import { execFile } from 'node:child_process';

/** Runs a command with a time limit; never throws: { ok, output } with stdout+stderr. */
export function runProcess(command, args, options = {}) {
  return new Promise((resolve) => {
    // stdin closed: a block waiting for input fails instead of hanging
    const child = execFile(command, args, { timeout: 30_000, maxBuffer: 4 << 20, killSignal: 'SIGKILL', ...options }, (err, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      if (!err) return resolve({ ok: true, output });
      const why = err.killed ? 'timed out (a server that never exits? mark the fence `norun`)' : `exit ${err.code}`;
      resolve({ ok: false, output: `${why}\n${output}`.trim() });
    });
    child.stdin?.end();
  });
}
