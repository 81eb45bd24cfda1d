import { spawn } from 'node:child_process';

// Programs we start for the learner (checks, `review`) run in a process group of their own
// (spawned `detached`), so stopping the group also stops everything they started.

/** Signals a whole process group (POSIX: a negative pid); Windows has no groups: taskkill /T. */
export function killProcessGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** True while any process of the group is alive (always false on Windows, which has no groups). */
export function processGroupAlive(pid: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
