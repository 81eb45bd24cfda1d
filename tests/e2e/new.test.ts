import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, initialised, sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The real templates; `npm run test:templates` installs and tests what they generate.
describe('new', () => {
  it('lists the templates with their weeks', async () => {
    const r = await sandbox().run(['new', '--list', '--json']);
    expect(r.exitCode).toBe(0);
    const names = JSON.parse(r.stdout).map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['calculator', 'blog-api']));
  });

  it('prints the tree on --dry-run and writes nothing', async () => {
    const box = await initialised();
    const r = await box.run(['new', 'blog-api', 'my-blog', '--dry-run', '--no-docker', '--db', 'postgres']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/package\.json/);
    expect(r.stdout).not.toMatch(/Dockerfile/);
    expect(r.stdout).toMatch(/Nothing was written/);
    expect(existsSync(join(box.workspace, '..', 'my-blog'))).toBe(false);
  });

  it('generates a project, records it, and prints next steps', async () => {
    const box = await initialised();
    const r = await box.run(['new', 'blog-api', 'my-blog', '--git']);
    expect(r.exitCode).toBe(0);
    const dir = join(box.workspace, '..', 'my-blog');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('my-blog');
    expect(existsSync(join(dir, '.gitignore'))).toBe(true);
    expect(existsSync(join(dir, 'Dockerfile'))).toBe(true); // docker is on by default for servers
    expect(existsSync(join(dir, '.git'))).toBe(true);
    expect(r.stdout).toMatch(/Next steps[\s\S]*cd my-blog[\s\S]*npm install/);
    const progress = JSON.parse((await box.run(['progress', '--json'])).stdout);
    expect(progress.projects).toEqual([expect.objectContaining({ template: 'blog-api', path: dir, options: expect.objectContaining({ db: 'sqlite', docker: true, git: true }) })]);
  });

  it('refuses bad names, paths and options with one clear line', async () => {
    const box = sandbox();
    const cases: [string[], RegExp][] = [
      [['new', 'blog-api', 'My Blog'], /cannot be an npm package name[\s\S]*my-blog/],
      [['new', 'blog-api', '../outside'], /"\.\." is not allowed/],
      [['new', 'blog-api', 'x'.repeat(215)], /214/],
      [['new', 'nope'], /Unknown template "nope"/],
      [['new', 'calculator', 'calc', '--db', 'postgres'], /no database option/],
      [['new', 'blog-api', 'b', '--db', 'mysql'], /--db must be one of sqlite, postgres/],
      [['new', 'blog-api', 'b', '--pm', 'bun'], /--pm must be one of/],
      [['new'], /No terminal to ask in: pass <template>/],
    ];
    // independent refusals: run side by side
    const results = await Promise.all(cases.map(([args]) => box.run(args)));
    results.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    });
  });

  it('refuses a non-empty folder without --force; --force only adds or overwrites', async () => {
    const box = sandbox();
    const dir = join(box.home, '..', 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'package.json'), '{}');
    const refused = await box.run(['new', 'blog-api', 'taken']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/not empty/);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'package.json']);
    const forced = await box.run(['new', 'blog-api', 'taken', '--force']);
    expect(forced.exitCode).toBe(0);
    expect(forced.stderr).toMatch(/overwrote 1 existing file\(s\): package\.json/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('taken');
  });

  it('--force lists what it replaces before writing (also on --dry-run) and backs every file up', async () => {
    const box = sandbox();
    const root = join(box.home, '..');
    const dir = join(root, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), '{"name":"mine"}');
    const dry = await box.run(['new', 'blog-api', 'taken', '--dry-run', '--force']);
    expect(dry.exitCode).toBe(0);
    expect(dry.stderr).toMatch(/--force would replace 1 existing file\(s\) \(each backed up first\): package\.json/);
    expect(readdirSync(dir)).toEqual(['package.json']);
    const forced = await box.run(['new', 'blog-api', 'taken', '--force']);
    expect(forced.exitCode).toBe(0);
    expect(forced.stderr).toMatch(/--force will replace 1 existing file\(s\)/);
    const backup = readdirSync(root).find((n) => n.startsWith('taken.backup-'))!;
    expect(readFileSync(join(root, backup, 'package.json'), 'utf8')).toBe('{"name":"mine"}');
    expect(forced.stderr).toContain(join(root, backup));
  });

  it('refuses up front a folder where the template has a file, and never writes through a symlink', async () => {
    const box = sandbox();
    const root = join(box.home, '..');
    const outside = tempDir();
    mkdirSync(join(root, 'odd', 'package.json'), { recursive: true });
    const folder = await box.run(['new', 'blog-api', 'odd', '--force']);
    expect(folder.exitCode).toBe(2);
    expect(folder.stderr).toMatch(/package\.json in .* is a folder, but the template has a file there/);
    expect(readdirSync(join(root, 'odd'))).toEqual(['package.json']);

    symlinkSync(outside, join(root, 'away'));
    const linked = await box.run(['new', 'blog-api', 'away']);
    expect(linked.exitCode).toBe(2);
    expect(linked.stderr).toMatch(/resolves outside the current folder/);
    const through = await box.run(['new', 'blog-api', 'away/app']); // a link on the way, not only at the end
    expect(through.exitCode).toBe(2);
    expect(through.stderr).toMatch(/resolves outside the current folder/);
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias')); // inside the current folder, still a link
    const alias = await box.run(['new', 'blog-api', 'alias', '--force']);
    expect(alias.exitCode).toBe(2);
    expect(alias.stderr).toMatch(/alias is a symbolic link; name the real folder instead/);
    expect(readdirSync(join(root, 'real'))).toEqual([]);
    mkdirSync(join(root, 'mixed'));
    symlinkSync(outside, join(root, 'mixed', 'src'));
    const inner = await box.run(['new', 'blog-api', 'mixed', '--force']);
    expect(inner.exitCode).toBe(2);
    expect(inner.stderr).toMatch(/src in .* is a symbolic link; refusing to write through it/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(root, 'mixed'))).toEqual(['src']);
  });

  it('a killed run leaves no staging folder behind the next time new runs', async () => {
    const box = sandbox();
    const root = join(box.home, '..');
    const child = spawn(process.execPath, [binPath, 'new', 'blog-api', 'killed'], { cwd: root, env: { ...process.env, BACKEND_ROADMAP_HOME: box.home, NO_COLOR: '1' }, stdio: 'ignore' });
    // Listen before killing: a fast run may have closed already, and 'close' fires only once.
    const closed = new Promise((r) => child.once('close', r));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await closed;
    // Whether the kill came before, during or after the write: a leftover staging folder of a dead
    // run is what it may leave. Plant one for certain, then run again.
    mkdirSync(join(root, '.killed.staging-999999999-0badc0de', 'src'), { recursive: true });
    const again = await box.run(['new', 'blog-api', 'killed', '--force']);
    expect(again.exitCode).toBe(0);
    expect(readdirSync(root).filter((n) => n.includes('.staging-'))).toEqual([]);
    expect(existsSync(join(root, 'killed', 'package.json'))).toBe(true);
  });

  it('lists both languages, with --lang to filter', async () => {
    const box = sandbox();
    const all = JSON.parse((await box.run(['new', '--list', '--json'])).stdout) as { name: string; lang: string }[];
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'calculator', lang: 'node' }), expect.objectContaining({ name: 'calculator', lang: 'python' })]));
    expect(all.every((t) => t.lang === 'node' || t.lang === 'python')).toBe(true);
    const python = JSON.parse((await box.run(['new', '--list', '--json', '--lang', 'python'])).stdout) as { lang: string }[];
    expect(python.length).toBeGreaterThanOrEqual(2);
    expect(new Set(python.map((t) => t.lang))).toEqual(new Set(['python']));
    const text = await box.run(['new', '--list']);
    expect(text.stdout).toMatch(/calculator\s+node\b/);
    expect(text.stdout).toMatch(/calculator\s+python\b/);
  });

  it('takes the language from the profile track unless --lang says otherwise', async () => {
    const box = await initialised('python');
    const implied = await box.run(['new', 'calculator', 'calc', '--dry-run']);
    expect(implied.exitCode).toBe(0);
    expect(implied.stdout).toMatch(/pyproject\.toml/);
    expect(implied.stdout).toMatch(/backend-roadmap\.json/);
    expect(implied.stdout).not.toMatch(/package\.json/);
    const node = await box.run(['new', 'calculator', 'calc', '--dry-run', '--lang', 'node']);
    expect(node.stdout).toMatch(/package\.json/);
    expect(node.stdout).not.toMatch(/pyproject\.toml/);
    const noProfile = await sandbox().run(['new', 'calculator', 'calc', '--dry-run']);
    expect(noProfile.stdout).toMatch(/package\.json/);
  });

  it('works as a plain scaffolder before init: the project is written, no data folder is created', async () => {
    const box = sandbox();
    const r = await box.run(['new', 'calculator', 'calc']);
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(box.workspace, '..', 'calc', 'package.json'))).toBe(true);
    expect(existsSync(box.home)).toBe(false);
  });

  it('writes the backend-roadmap.json marker into projects of both languages', async () => {
    const box = sandbox();
    const py = await box.run(['new', 'calculator', 'py-calc', '--lang', 'python']);
    expect(py.exitCode).toBe(0);
    const root = join(box.home, '..');
    expect(JSON.parse(readFileSync(join(root, 'py-calc', 'backend-roadmap.json'), 'utf8'))).toEqual({
      project: 'calculator',
      name: 'py-calc',
      lang: 'python',
      db: null,
      docker: false,
      template: 'calculator',
      generatedBy: expect.stringMatching(/^backend-roadmap@\d+\.\d+\.\d+/),
      start: 'python -m calculator',
    });
    expect(readFileSync(join(root, 'py-calc', 'pyproject.toml'), 'utf8')).toMatch(/^name = "py-calc"$/m);
    expect(existsSync(join(root, 'py-calc', '.gitignore'))).toBe(true);
    expect(py.stdout).toMatch(/Next steps[\s\S]*python3 -m venv \.venv[\s\S]*source \.venv\/bin\/activate[\s\S]*pip install -r requirements-dev\.txt[\s\S]*pytest/);

    const node = await box.run(['new', 'blog-api', 'web', '--db', 'postgres', '--no-docker']);
    expect(node.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'web', 'backend-roadmap.json'), 'utf8'))).toMatchObject({
      project: 'blog-api',
      name: 'web',
      lang: 'node',
      db: 'postgres',
      docker: false,
      template: 'blog-api',
      start: 'npm start',
    });
  });

  it('accepts Python project names npm would refuse, and refuses unsafe ones', async () => {
    const box = sandbox();
    const ok = await box.run(['new', 'user-cli', 'My_Users', '--lang', 'python', '--dry-run']);
    expect(ok.exitCode).toBe(0);
    const cases: [string[], RegExp][] = [
      [['new', 'user-cli', 'my users', '--lang', 'python'], /cannot be a Python project name[\s\S]*my-users/],
      [['new', 'user-cli', '../up', '--lang', 'python'], /"\.\." is not allowed/],
      [['new', 'calculator', 'c', '--lang', 'ruby'], /--lang must be one of node, python/],
      [['new', '--list', '--lang', 'go'], /--lang must be one of node, python/],
      [['new', 'calculator', 'c', '--lang', 'python', '--pm', 'pnpm'], /--pm is for Node projects/],
      [['new', 'nope', '--lang', 'python'], /Unknown template "nope"/],
    ];
    // independent refusals: run side by side
    const results = await Promise.all(cases.map(([args]) => box.run(args)));
    results.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    });
  });
});
