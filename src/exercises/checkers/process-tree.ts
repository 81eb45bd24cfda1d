import type { ChildProcess } from 'node:child_process';

/** What learner code may see of the environment: no data-folder path, no tokens, no CLI settings. */
const KEPT = /^(PATH|HOME|USERPROFILE|LANG|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|SYSTEMROOT|COMSPEC|PATHEXT|WINDIR)$/i;

export function scrubbedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (KEPT.test(name)) env[name] = value;
  return { ...env, ...extra };
}

/**
 * Kills a child started with `detached: true` together with everything it started (its process
 * group); on Windows, where groups work differently, the child itself.
 */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
