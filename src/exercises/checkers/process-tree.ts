import type { ChildProcess } from 'node:child_process';
import { killProcessGroup } from '../../core/process-group.js';

/** What learner code may see of the environment: no data-folder path, no tokens, no CLI settings. */
const KEPT = /^(PATH|HOME|USERPROFILE|LANG|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|SYSTEMROOT|COMSPEC|PATHEXT|WINDIR)$/i;

export function scrubbedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (KEPT.test(name)) env[name] = value;
  return { ...env, ...extra };
}

/** Kills a child started with `detached: true` together with everything it started. */
export function killTree(child: ChildProcess): void {
  if (child.pid !== undefined) killProcessGroup(child.pid, 'SIGKILL');
}
