import { execFile } from 'node:child_process';

export interface RunFileResult {
  /** exited 0 within the time */
  ok: boolean;
  stdout: string;
  stderr: string;
  /** why it did not: not found, killed at the timeout, a non-zero exit, too much output */
  error?: Error;
}

/**
 * Runs a program to its end and never rejects: a failure is in the result. It inherits our
 * environment (pip reads its index and certificates from there). Without `maxBuffer`, execFile's
 * default (1 MiB) holds.
 */
export function runFile(command: string, args: string[], options: { timeoutMs: number; maxBuffer?: number }): Promise<RunFileResult> {
  return new Promise((resolve) => {
    const { timeoutMs, maxBuffer } = options;
    execFile(command, args, { timeout: timeoutMs, windowsHide: true, ...(maxBuffer ? { maxBuffer } : {}) }, (error, stdout, stderr) => {
      resolve(error ? { ok: false, stdout, stderr, error } : { ok: true, stdout, stderr });
    });
  });
}
