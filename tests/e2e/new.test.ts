import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';

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
    for (const [args, message] of cases) {
      const r = await box.run(args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
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
});
