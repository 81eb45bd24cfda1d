import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { binPath } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// `review` must never leave the learner's program (or anything it started) running: not after a
// pass, not after a failure, not after Ctrl-C, and not when the program ignores SIGTERM. A killed
// process can take a moment to be torn down on a busy machine, hence the short waits.

const fixture = fileURLToPath(new URL('../fixtures/review/blog-server.mjs', import.meta.url));

/** Alive and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !(existsSync(stat) && / Z /.test(readFileSync(stat, 'utf8')));
}

const pidsIn = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) : []);

function review(broken: string | undefined, pidfile: string, extra: string[] = []) {
  const home = tempDir('brm-proc-home-');
  return execa(process.execPath, [binPath, 'review', 'blog-api', '--dir', home, '--cmd', `node ${JSON.stringify(fixture)}${broken ? ` --broken=${broken}` : ''}`, ...extra], {
    reject: false,
    stdin: 'ignore',
    timeout: 120_000,
    env: { BACKEND_ROADMAP_HOME: join(home, 'data'), NO_COLOR: '1', REVIEW_PIDFILE: pidfile },
  });
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('review: process hygiene', () => {
  it.each([
    ['a passing run', undefined, 0],
    ['a failing run', 'no-ownership', 1],
    ['a program (and its child) that ignore SIGTERM', 'ignore-sigterm', 0],
  ])('after %s no process of the program is left', async (_label, broken, exitCode) => {
    const pidfile = join(tempDir(), 'pids');
    const run = await review(broken, pidfile, ['--stage', '3']);
    expect(run.exitCode).toBe(exitCode === 1 ? 0 : exitCode); // stage 3 is before the ownership defect
    const pids = pidsIn(pidfile);
    expect(pids.length).toBe(broken === 'ignore-sigterm' ? 2 : 1);
    for (const pid of pids) expect(await waitFor(() => !alive(pid), 5_000), `pid ${pid} still alive`).toBe(true);
  });

  it('a failing stage stops the program too', async () => {
    const pidfile = join(tempDir(), 'pids');
    const run = await review('password-hash', pidfile);
    expect(run.exitCode).toBe(1);
    const pids = pidsIn(pidfile);
    expect(pids).toHaveLength(1);
    expect(await waitFor(() => !alive(pids[0]!), 5_000)).toBe(true);
  });

  it('Ctrl-C during a run exits 130 and stops the program, even one that ignores SIGTERM', async () => {
    const pidfile = join(tempDir(), 'pids');
    const child = review('slow,ignore-sigterm', pidfile);
    expect(await waitFor(() => pidsIn(pidfile).length === 2, 60_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1_500)); // the program is up and stages are running
    child.kill('SIGINT');
    const run = await child;
    expect(run.exitCode).toBe(130);
    const pids = pidsIn(pidfile);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(await waitFor(() => !alive(pid), 5_000), `pid ${pid} still alive`).toBe(true);
  });
});
