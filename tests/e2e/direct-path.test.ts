import { execa } from 'execa';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../src/curriculum/load.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { initialised, notUnderNpm, sandbox, type Sandbox } from '../helpers/cli.js';

// `status`, `progress`, `new <template> [dir]` and `exercise verify [id]` without flags skip commander (src/direct-commands.ts):
// what they print, their exit code and what they leave behind must be what the full program gives.

const bundle = fileURLToPath(new URL('../../dist/bundle/cli.cjs', import.meta.url));
const fullScript = `const { runProgram, closeStore } = require(${JSON.stringify(bundle)});
runProgram(['node', 'backend-roadmap', ...process.argv.slice(1)]).then((code) => { closeStore(); process.exitCode = code; });`;

/** The run as the learner sees it, with the sandbox's own folder written as <root> (and a check's duration as N). */
function seen(box: Sandbox, r: { exitCode?: number; stdout: unknown; stderr: unknown }) {
  const root = dirname(box.home);
  const clean = (text: unknown) => String(text).replaceAll(root, '<root>').replace(/ in \d+ ms\b/g, ' in N ms');
  return { exitCode: r.exitCode, stdout: clean(r.stdout), stderr: clean(r.stderr) };
}

/** The same arguments through commander (the bundle's full program), in the same kind of sandbox. */
async function full(box: Sandbox, args: string[]) {
  const r = await execa(process.execPath, ['-e', fullScript, '--', ...args], {
    cwd: dirname(box.home),
    reject: false,
    stdin: 'ignore',
    env: { BACKEND_ROADMAP_HOME: box.home, NO_COLOR: '1', DEBUG: '', ...notUnderNpm },
  });
  return seen(box, r);
}

/** Runs `args` both ways in two sandboxes made alike by `make`, and expects the same outcome. */
async function expectSame(args: string[], make: () => Promise<Sandbox>, prepare: (box: Sandbox) => void = () => undefined) {
  const [direct, viaCommander] = await Promise.all([make(), make()]);
  prepare(direct);
  prepare(viaCommander);
  const [a, b] = [seen(direct, await direct.run(args)), await full(viaCommander, args)];
  expect(a, args.join(' ')).toEqual(b);
  return { direct, viaCommander, result: a };
}

const blank = async () => sandbox();

describe('the direct path prints what the full program prints', () => {
  it('new <template> [dir]: the project, its record and the next steps', async () => {
    for (const args of [['new', 'blog-api', 'my-blog'], ['new', 'calculator']]) {
      const { direct, viaCommander, result } = await expectSame(args, () => initialised('python'));
      expect(result.exitCode).toBe(0);
      const dir = args[2] ?? args[1]!;
      expect(readdirSync(join(dirname(direct.home), dir)).sort()).toEqual(readdirSync(join(dirname(viaCommander.home), dir)).sort());
      expect(readdirSync(join(dirname(direct.home), dir))).toContain('requirements.txt'); // the profile's track
      // the record, apart from its own id and time
      const projects = async (box: Sandbox) =>
        (JSON.parse(seen(box, await box.run(['progress', '--json'])).stdout) as { projects: Record<string, unknown>[] }).projects.map(
          ({ uid: _uid, createdAt: _at, ...rest }) => rest,
        );
      const recorded = await projects(direct);
      expect(recorded).toHaveLength(1);
      expect(recorded).toEqual(await projects(viaCommander));
    }
  });

  it('new without a profile, with an unknown template, and into a folder that is not empty', async () => {
    expect((await expectSame(['new', 'user-cli', 'tool'], blank)).result.exitCode).toBe(0);
    const unknown = await expectSame(['new', 'no-such-template'], blank);
    expect(unknown.result.exitCode).not.toBe(0);
    expect(unknown.result.stderr).toContain('no-such-template');
    const taken = await expectSame(['new', 'blog-api', 'taken'], initialised, (box) => {
      mkdirSync(join(dirname(box.home), 'taken'));
      writeFileSync(join(dirname(box.home), 'taken', 'notes.txt'), 'mine\n');
    });
    expect(taken.result.exitCode).not.toBe(0);
    expect(taken.result.stderr).toContain('not empty');
  });

  it('status and progress, before init and after', async () => {
    for (const [args, shown] of [[['status'], 'Week  1'], [['progress'], 'Weeks complete']] as const) {
      expect((await expectSame([...args], blank)).result.exitCode).not.toBe(0);
      const after = await expectSame([...args], initialised);
      expect(after.result.exitCode).toBe(0);
      expect(after.result.stdout).toContain(shown);
    }
  });

  it('exercise verify [id]: the verdict, the hint, the exit code, and the attempt recorded', async () => {
    const js = loadExercises().find((e) => exerciseFitsTrack(e.track, 'node') && e.checker === 'node-test' && e.week === 1)!;
    expect((await expectSame(['exercise', 'verify'], blank)).result.exitCode).not.toBe(0); // no profile yet
    expect((await expectSame(['exercise', 'verify', 'no-such-exercise'], initialised)).result.stderr).toContain('no-such-exercise');
    expect((await expectSame(['exercise', 'verify'], initialised)).result.stderr).toContain('exercise start'); // no file yet
    const withFile = (source: string | undefined) => (box: Sandbox) => {
      const file = learnerFilePath(box.workspace, js);
      mkdirSync(dirname(file), { recursive: true });
      if (source === undefined) copyFileSync(join(js.dir, js.solution), file);
      else writeFileSync(file, source);
    };
    const failing = await expectSame(['exercise', 'verify', js.id], initialised, withFile('export const nothing = 1;\n'));
    expect(failing.result.exitCode).toBe(1);
    expect(failing.result.stdout).toContain('Hint 1/');
    const passing = await expectSame(['exercise', 'verify'], initialised, withFile(undefined));
    expect(passing.result.exitCode).toBe(0);
    expect(passing.result.stdout).toContain(`${js.id} passed`);
    const recorded = async (box: Sandbox) => {
      const rows = JSON.parse((await box.run(['exercise', 'list', '--json'])).stdout) as { id: string; attempts: number; state: string }[];
      const { attempts, state } = rows.find((r) => r.id === js.id)!;
      return { attempts, state };
    };
    expect(await recorded(passing.direct)).toEqual({ attempts: 1, state: 'passed' });
    expect(await recorded(passing.viaCommander)).toEqual({ attempts: 1, state: 'passed' });
  });
});
