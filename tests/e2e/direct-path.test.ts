import { execa } from 'execa';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialised, notUnderNpm, sandbox, type Sandbox } from '../helpers/cli.js';

// `status`, `progress` and `new <template> [dir]` without flags skip commander (src/direct-commands.ts):
// what they print, their exit code and what they leave behind must be what the full program gives.

const bundle = fileURLToPath(new URL('../../dist/bundle/cli.cjs', import.meta.url));
const fullScript = `const { runProgram, closeStore } = require(${JSON.stringify(bundle)});
runProgram(['node', 'backend-roadmap', ...process.argv.slice(1)]).then((code) => { closeStore(); process.exitCode = code; });`;

/** The run as the learner sees it, with the sandbox's own folder written as <root>. */
function seen(box: Sandbox, r: { exitCode?: number; stdout: unknown; stderr: unknown }) {
  const root = dirname(box.home);
  const clean = (text: unknown) => String(text).replaceAll(root, '<root>');
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
});
