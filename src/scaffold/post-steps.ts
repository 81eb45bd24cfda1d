import { execa } from 'execa';
import { UserError } from '../core/errors.js';
import type { PackageManager } from './package-manager.js';


export async function installDependencies(cwd: string, pm: PackageManager): Promise<void> {
  const result = await execa(pm, ['install'], { cwd, stdio: 'inherit', reject: false });
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
