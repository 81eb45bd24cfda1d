import type { RunningProgram } from './process.js';

export type ReadyOutcome = { ready: true; ms: number } | { ready: false; reason: 'exited' | 'timeout'; exitCode?: string };

/**
 * Polls `url` until the program answers anything over HTTP (even a 404: stage 1 checks the route
 * itself), the program exits, or the time is up.
 */
export async function waitUntilReady(url: string, program: RunningProgram | undefined, timeoutMs: number): Promise<ReadyOutcome> {
  const started = Date.now();
  let delay = 50;
  while (Date.now() - started < timeoutMs) {
    if (program?.hasExited()) return { ready: false, reason: 'exited', exitCode: await program.exited };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
      await res.arrayBuffer();
      return { ready: true, ms: Date.now() - started };
    } catch {
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 1.5, 400);
    }
  }
  return { ready: false, reason: 'timeout' };
}
