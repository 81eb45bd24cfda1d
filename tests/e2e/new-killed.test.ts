import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { binPath, notUnderNpm, sandbox } from '../helpers/cli.js';

/** Every file and folder under `dir` with its content: two equal trees are the same state. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, { [`${prefix}${name}/`]: '' }, tree(path, `${prefix}${name}/`));
    else out[prefix + name] = readFileSync(path, 'utf8');
  }
  return out;
}

/** The learner's folder before `new --force`: a file of their own and three the template replaces. */
const OLD = { 'notes.txt': 'mine', 'package.json': '{"name":"mine"}', 'README.md': '# my readme', 'src/': '', 'src/app.ts': 'export {}' };
const REPLACED = ['README.md', 'package.json', 'src/app.ts'];

function plantOld(dir: string): void {
  mkdirSync(dir);
  for (const [rel, content] of Object.entries(OLD)) {
    if (rel.endsWith('/')) mkdirSync(join(dir, rel), { recursive: true });
    else writeFileSync(join(dir, rel), content);
  }
}

/**
 * Runs `new --force` and SIGKILLs it: either once its journal appears plus `afterJournal` ms (so
 * most kills land inside the swap), or `afterStart` ms after it started (anywhere at all).
 * Resolves whether the kill found the journal still there, i.e. the swap unfinished.
 */
function killedRun(root: string, home: string, when: { afterJournal: number } | { afterStart: number }): Promise<boolean> {
  const journal = join(root, '.taken.new-journal.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, 'new', 'blog-api', 'taken', '--force'], {
      cwd: root,
      env: { ...process.env, ...notUnderNpm, BACKEND_ROADMAP_HOME: home, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const watcher = watch(root, (_event, name) => {
      if ('afterJournal' in when && name === '.taken.new-journal.json' && !timer) timer = setTimeout(kill, when.afterJournal);
    });
    if ('afterStart' in when) timer = setTimeout(kill, when.afterStart);
    child.once('close', () => {
      clearTimeout(timer);
      watcher.close();
      resolve(existsSync(journal));
    });
  });
}

describe('new --force killed with SIGKILL', () => {
  it('leaves the folder as it was or fully new, never a mix; the next run rolls a half-done swap back', async () => {
    const box = sandbox();
    const root = join(box.home, '..');
    const target = join(root, 'taken');
    // The fully new state: the template as `new` writes it for a folder named "taken", over the old files.
    mkdirSync(join(root, 'ref'));
    expect((await box.run(['new', 'blog-api', 'ref/taken'])).exitCode).toBe(0);
    const fresh = tree(join(root, 'ref', 'taken'));
    rmSync(join(root, 'ref'), { recursive: true });
    const NEW = { ...OLD, ...fresh };
    const beside = () => readdirSync(root).filter((n) => n.includes('taken') && n !== 'taken');

    type When = { afterJournal: number } | { afterStart: number };
    let unfinished = 0;
    let mixed = 0;
    const attempt = async (when: When) => {
      rmSync(target, { recursive: true, force: true });
      for (const name of beside()) rmSync(join(root, name), { recursive: true, force: true });
      plantOld(target);
      const midSwap = await killedRun(root, box.home, when);
      const killedState = tree(target);
      if (midSwap) unfinished++;
      if (!isDeepStrictEqual(killedState, OLD) && !isDeepStrictEqual(killedState, NEW)) mixed++;
      // The learner runs `new` again (without --force here, so it stops once the folder is put back).
      const again = await box.run(['new', 'blog-api', 'taken', '-y']);
      const label = `${JSON.stringify(when)}: ${again.stderr}`;
      expect(again.exitCode, label).toBe(2); // refused: not empty
      if (midSwap) expect(again.stderr, label).toMatch(/Restored .*taken to how it was before an interrupted `new`/);
      else expect(again.stderr, label).not.toMatch(/Restored/);
      const state = tree(target);
      if (isDeepStrictEqual(state, OLD)) {
        expect(beside(), label).toEqual([]); // no staging, backup or journal
      } else {
        expect(state, label).toEqual(NEW);
        const backups = beside();
        expect(backups, label).toEqual([expect.stringMatching(/^taken\.backup-/)]);
        expect(Object.keys(tree(join(root, backups[0]!))).filter((k) => !k.endsWith('/')).sort(), label).toEqual(REPLACED.sort());
      }
    };
    // Kills a few ms after the journal appears land inside the swap; kills by time, anywhere.
    for (const ms of [0, 1, 2, 3, 5, 8, 13, 21, 34]) await attempt({ afterJournal: ms });
    for (const ms of [150, 300, 450, 600]) await attempt({ afterStart: ms });
    // The test proves something only if some kill caught the folder half-swapped: try a few more.
    for (let ms = 0; mixed === 0 && ms < 10; ms++) await attempt({ afterJournal: ms });
    expect(unfinished).toBeGreaterThan(0);
    expect(mixed).toBeGreaterThan(0);

    const done = await box.run(['new', 'blog-api', 'taken', '--force']);
    expect(done.exitCode).toBe(0);
    expect(tree(target)).toEqual(NEW);
  }, 180_000);
});


describe('an interrupted new found by the next run', () => {
  it('--dry-run names it and changes nothing; the next real run puts the folder back, in one line', async () => {
    const box = sandbox();
    const root = join(box.home, '..');
    const target = join(root, 'taken');
    plantOld(target);
    // What a run killed after its first steps leaves: package.json in the backup, a new file added.
    const backup = join(root, 'taken.backup-2026-01-01T00-00-00-000Z');
    mkdirSync(backup);
    writeFileSync(join(backup, 'package.json'), OLD['package.json']);
    writeFileSync(join(target, 'package.json'), '{"name":"taken"}');
    writeFileSync(join(target, '.gitignore'), 'node_modules\n');
    const journal = { pid: 999_999_999, startedAt: '2026-01-01T00:00:00.000Z', replaced: ['package.json'], added: ['.gitignore', 'LICENSE'], createdDirs: [], backup };
    writeFileSync(join(root, '.taken.new-journal.json'), JSON.stringify(journal));

    const dry = await box.run(['new', 'blog-api', 'taken', '--dry-run', '--force']);
    expect(dry.exitCode).toBe(0);
    expect(dry.stderr).toMatch(/taken holds a `new` that was interrupted half-way; the next run without --dry-run puts the folder back first/);
    expect(existsSync(join(root, '.taken.new-journal.json'))).toBe(true);

    const again = await box.run(['new', 'blog-api', 'taken', '-y']);
    expect(again.stderr.split('\n')[0]).toBe(
      `warning: Restored ${target} to how it was before an interrupted \`new\` (started 2026-01-01T00:00:00.000Z): put back 1 replaced file, removed 1 file it had added`,
    );
    expect(tree(target)).toEqual(OLD);
    expect(readdirSync(root).filter((n) => n.includes('taken'))).toEqual(['taken']);
  });
});
