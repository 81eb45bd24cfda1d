import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../src/curriculum/load.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { initialised } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

const first = loadExercises().filter((e) => e.week === 1 && e.track !== 'python')[0]!;
const total = first.hints.length;

describe.skipIf(!hasTmux)('exercise watch in a terminal', () => {
  it('shows the task, counts hints left, redraws on save instead of scrolling, and exits 130 on Ctrl-C', async () => {
    const box = await initialised();
    const t = openTerminal(['exercise', 'watch', '--poll'], { env: { BACKEND_ROADMAP_HOME: box.home }, rows: 40, cols: 100 });
    await t.waitFor(`press h for the next hint (${total} of ${total} left)`, 30_000);
    expect(t.screen()).toContain(`Week 1 · ${first.title}`);
    expect(t.screen()).toContain('Keys: h next hint');

    t.type('h');
    await t.waitFor(`Hint 1/${total} for ${first.id}: ${first.hints[0]!.slice(0, 30)}`);
    await t.waitFor(`(${total - 1} of ${total} left)`);

    // a save starts a fresh screen: one "checking" line, the hint seen so far kept on it
    const file = learnerFilePath(box.workspace, first);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// saved\n`);
    await t.waitFor(/Hint 1\/\d+ for .+\n(.*\n)*.*press h for the next hint/, 30_000);
    const screen = t.screen();
    expect(screen.match(/… checking/g)).toHaveLength(1);
    expect(screen).toContain(`Week 1 · ${first.title}`);

    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
  }, 90_000);

  it.skipIf(process.platform !== 'linux')('Ctrl-C during a check stops the learner’s endless loop too', async () => {
    const box = await initialised();
    const file = learnerFilePath(box.workspace, first);
    expect((await box.run(['exercise', 'start', first.id])).exitCode).toBe(0);
    writeFileSync(file, 'for (;;) {}\n');
    const t = openTerminal(['exercise', 'watch', '--poll', '--timeout', '600000'], { env: { BACKEND_ROADMAP_HOME: box.home } });
    await t.waitFor('… checking', 30_000);
    const pids = await waitForChecker(dirname(file));
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    await new Promise((r) => setTimeout(r, 500));
    expect(pids.filter(alive)).toEqual([]);
  }, 90_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The check's node processes: they run in the learner file's folder (Linux: /proc/<pid>/cwd). */
async function waitForChecker(folder: string): Promise<number[]> {
  const cwd = (pid: number) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      return undefined;
    }
  };
  for (let i = 0; i < 300; i++) {
    const pids = execFileSync('ps', ['-eo', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((pid) => pid > 0 && cwd(pid) === folder);
    if (pids.length) return pids;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no check started in ${folder}`);
}
