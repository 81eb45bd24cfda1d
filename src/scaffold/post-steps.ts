import { execa } from 'execa';
import { CancelledError, UserError } from '../core/errors.js';
import { findPython, isSupported } from '../core/python-interpreter.js';
import type { PackageManager } from './package-manager.js';

/** `signal`: aborting it stops the install (Ctrl-C): a CancelledError, not a failure. */
/**
 * Ctrl-C reaches the child too (it shares the terminal), and may end it before our own handler
 * runs: a child stopped by SIGINT / SIGTERM (or exit 130), or by our abort, is a cancel, not a failure.
 */
function assertNotInterrupted(result: { isCanceled: boolean; signal?: string | undefined; exitCode?: number | undefined }): void {
  if (result.isCanceled || result.signal === 'SIGINT' || result.signal === 'SIGTERM' || result.exitCode === 130) throw new CancelledError();
}

export async function installDependencies(cwd: string, pm: PackageManager, signal?: AbortSignal): Promise<void> {
  const result = await execa(pm, ['install'], { cwd, stdio: 'inherit', reject: false, ...(signal ? { cancelSignal: signal } : {}) });
  assertNotInterrupted(result);
  if (result.exitCode !== 0) {
    throw new UserError(`${pm} install failed (exit ${result.exitCode ?? 'signal'}); the project is in place — fix the problem and run it again`);
  }
}

/** git init + first commit. Falls back to a local identity only when the user has none configured. */
export async function gitInit(cwd: string): Promise<{ identityFallback: boolean }> {
  const git = (args: string[]) => execa('git', args, { cwd, reject: false });
  const init = await git(['init', '--quiet']);
  if (init.failed) throw new UserError(`git init failed: ${init.stderr || init.shortMessage}`);
  await git(['add', '--all']);
  const message = 'Initial commit from backend-roadmap';
  let commit = await git(['commit', '--quiet', '-m', message]);
  let identityFallback = false;
  if (commit.failed && /user\.(email|name)|identity/i.test(commit.stderr)) {
    identityFallback = true;
    commit = await git(['-c', 'user.name=backend-roadmap', '-c', 'user.email=backend-roadmap@localhost', 'commit', '--quiet', '-m', message]);
  }
  if (commit.failed) throw new UserError(`git commit failed: ${commit.stderr.split('\n')[0]}`);
  return { identityFallback };
}

/** The commands `--install` runs for a Python project, shown to the learner before they run. */
export function pythonInstallCommands(python: string): { venv: string[]; pip: string[] } {
  const venvPip = process.platform === 'win32' ? '.venv\\Scripts\\pip' : '.venv/bin/pip';
  return { venv: [python, '-m', 'venv', '.venv'], pip: [venvPip, 'install', '-r', 'requirements-dev.txt'] };
}

/** Creates .venv and installs requirements-dev.txt into it (pip's own output is shown as it runs). */
export async function installPythonDependencies(cwd: string, announce: (command: string) => void, signal?: AbortSignal): Promise<void> {
  // The same interpreter search as the exercise checks: python3 / python (or BACKEND_ROADMAP_PYTHON), ≥ 3.11.
  const found = await findPython();
  const python = found && isSupported(found.version) ? found.command : undefined;
  if (!python) throw new UserError('No Python 3.11 or newer found (tried python3, python); install it from https://www.python.org/downloads/ and run: python3 -m venv .venv');
  for (const [file, ...args] of Object.values(pythonInstallCommands(python))) {
    announce([file, ...args].join(' '));
    const result = await execa(file!, args, { cwd, stdio: 'inherit', reject: false, ...(signal ? { cancelSignal: signal } : {}) });
    assertNotInterrupted(result);
    if (result.exitCode !== 0) {
      throw new UserError(`${[file, ...args].join(' ')} failed (exit ${result.exitCode ?? 'signal'}); the project is in place — fix the problem and run it again`);
    }
  }
}
