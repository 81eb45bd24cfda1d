import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifest, listTemplates } from '../../src/scaffold/manifest.js';
import { defaultStart, isLang, templateFolder } from '../../src/scaffold/lang.js';
import { MARKER_FILE, markerFile, projectMarker } from '../../src/scaffold/marker.js';
import { assertValidProjectName, npmNameProblem, pythonNameProblem, pythonPackageName, suggestNpmName } from '../../src/scaffold/names.js';
import { planFiles } from '../../src/scaffold/plan.js';
import { renderFiles, templateContext } from '../../src/scaffold/render.js';
import { detectPackageManager } from '../../src/scaffold/package-manager.js';
import { pythonInstallCommands } from '../../src/scaffold/post-steps.js';
import { existingTemplateFiles, resolveTarget } from '../../src/scaffold/target.js';
import { writeProject } from '../../src/scaffold/write.js';
import { tempDir } from '../helpers/temp.js';

const fixtures = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const demo = await loadManifest('demo', 'node', fixtures);

describe('project names', () => {
  it('accepts valid npm names and explains invalid ones', () => {
    expect(npmNameProblem('my-blog')).toBeUndefined();
    expect(npmNameProblem('blog.api_2')).toBeUndefined();
    expect(npmNameProblem('My Blog')).toMatch(/capital/);
    expect(npmNameProblem('.hidden')).toMatch(/starts with/);
    expect(npmNameProblem('node_modules')).toMatch(/reserved/);
    expect(npmNameProblem('a'.repeat(215))).toMatch(/214/);
    expect(npmNameProblem('blog$api')).toMatch(/only hold/);
  });

  it('suggests a close valid name', () => {
    expect(suggestNpmName('My Blog API')).toBe('my-blog-api');
    expect(suggestNpmName('Café_Shop!')).toBe('cafe-shop');
    expect(suggestNpmName('...')).toBe('my-project');
    expect(npmNameProblem(suggestNpmName('__Weird  Name__'))).toBeUndefined();
  });
});

describe('targets', () => {
  it('resolves relative folders inside the current directory and allows absolute ones', () => {
    const cwd = tempDir();
    expect(resolveTarget('apps/blog', cwd)).toMatchObject({ path: join(cwd, 'apps/blog'), name: 'blog', exists: false });
    const abs = join(tempDir(), 'elsewhere');
    expect(resolveTarget(abs, cwd).path).toBe(abs);
  });

  it('refuses .. tricks, NUL bytes, over-long names and files', () => {
    const cwd = tempDir();
    expect(() => resolveTarget('../escape', cwd)).toThrow(/"\.\." is not allowed/);
    expect(() => resolveTarget('a/../../escape', cwd)).toThrow(/"\.\." is not allowed/);
    expect(() => resolveTarget('bad\0name', cwd)).toThrow(/NUL/);
    expect(() => resolveTarget('x'.repeat(215), cwd)).toThrow(/214/);
    writeFileSync(join(cwd, 'file'), '');
    expect(() => resolveTarget('file', cwd)).toThrow(/is a file/);
  });
});

describe('planning and rendering', () => {
  it('selects files by option and renames _gitignore', () => {
    const sqlite = planFiles(demo, { db: 'sqlite', docker: true }).map((f) => f.target);
    expect(sqlite).toEqual(['.gitignore', 'Dockerfile', 'package.json', 'src/plain.ts', 'src/sqlite.ts']);
    const pg = planFiles(demo, { db: 'postgres', docker: false }).map((f) => f.target);
    expect(pg).toEqual(['.gitignore', 'package.json', 'src/pg.ts', 'src/plain.ts']);
  });

  it('renders .hbs files and copies everything else byte for byte', () => {
    const options = { db: 'postgres' as const, docker: true };
    const files = renderFiles(planFiles(demo, options), templateContext('my-app', demo, options));
    const byName = Object.fromEntries(files.map((f) => [f.target, f.content.toString()]));
    expect(JSON.parse(byName['package.json']!)).toEqual({ name: 'my-app', db: 'postgres', docker: true });
    expect(byName['src/plain.ts']).toBe('const literal = "{{not a template}}";\n');
  });

  it('fails loudly on a variable the template does not know (strict mode)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'broken/files'), { recursive: true });
    writeFileSync(join(dir, 'broken/template.yaml'), 'name: broken\ntitle: Broken\ndescription: A template with a typo.\nweeks: "1"\n');
    writeFileSync(join(dir, 'broken/files/README.md.hbs'), '# {{nmae}}\n');
    const manifest = await loadManifest('broken', 'node', dir);
    const options = { docker: false };
    expect(() => renderFiles(planFiles(manifest, options), templateContext('x', manifest, options))).toThrow(/failed to render.*nmae/);
  });

  it('refuses prototype access from templates', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'proto/files'), { recursive: true });
    writeFileSync(join(dir, 'proto/template.yaml'), 'name: proto\ntitle: Proto\ndescription: Tries to reach the prototype.\nweeks: "1"\n');
    writeFileSync(join(dir, 'proto/files/x.txt.hbs'), '{{name.constructor}}\n');
    const manifest = await loadManifest('proto', 'node', dir);
    const options = { docker: false };
    expect(() => renderFiles(planFiles(manifest, options), templateContext('x', manifest, options))).toThrow(/failed to render/);
  });

  it('names the available templates when one is unknown', async () => {
    await expect(loadManifest('nope', 'node', fixtures)).rejects.toThrow(/Unknown template "nope"\. Available: demo$/);
    expect((await listTemplates(fixtures)).map((t) => `${t.lang}/${t.name}`)).toEqual(['node/demo', 'python/demo']);
  });
});

describe('languages', () => {
  it('keeps Node templates in their folder and suffixes the others', () => {
    expect(templateFolder('blog-api', 'node')).toBe('blog-api');
    expect(templateFolder('blog-api', 'python')).toBe('blog-api-python');
    expect(isLang('python')).toBe(true);
    expect(isLang('ruby')).toBe(false);
  });

  it('loads a template per language from <name>-<lang> folders', async () => {
    const py = await loadManifest('demo', 'python', fixtures);
    expect(py).toMatchObject({ name: 'demo', lang: 'python', dir: join(fixtures, 'demo-python') });
    expect(demo.lang).toBe('node');
    const files = planFiles(py, { db: 'sqlite', docker: true }).map((f) => f.target);
    expect(files).toEqual(['.gitignore', 'app/main.py', 'pyproject.toml']);
  });

  it('names the languages a template exists in when the asked one is missing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'only-node/files'), { recursive: true });
    writeFileSync(join(dir, 'only-node/template.yaml'), 'name: only-node\ntitle: Only node\ndescription: Exists in one language.\nweeks: "1"\n');
    await expect(loadManifest('only-node', 'python', dir)).rejects.toThrow(/The only-node template has no python version; it exists for: node/);
  });

  it('refuses a folder that does not match its name and language', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'calc/files'), { recursive: true });
    writeFileSync(join(dir, 'calc/template.yaml'), 'name: calc\nlang: python\ntitle: Calc\ndescription: Declared python, kept in the node folder.\nweeks: "1"\nstart: python -m calc\n');
    await expect(listTemplates(dir)).rejects.toThrow(/its folder must be calc-python/);
  });

  it('requires a start command from Python command-line templates', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tool-python/files'), { recursive: true });
    writeFileSync(join(dir, 'tool-python/template.yaml'), 'name: tool\nlang: python\ntitle: Tool\ndescription: A CLI without a start command.\nweeks: "1"\n');
    await expect(listTemplates(dir)).rejects.toThrow(/start.*python -m/);
  });

  it('gives Python templates a snake_case package name', async () => {
    const py = await loadManifest('demo', 'python', fixtures);
    const options = { db: 'sqlite' as const, docker: false };
    const context = templateContext('My-Blog.api', py, options);
    expect(context).toMatchObject({ name: 'My-Blog.api', projectName: 'My-Blog.api', packageName: 'my_blog_api', lang: 'python' });
    const rendered = renderFiles(planFiles(py, options), context);
    expect(rendered.find((f) => f.target === 'pyproject.toml')?.content.toString()).toBe('[project]\nname = "My-Blog.api"\n# import my_blog_api\n');
  });
});

describe('Python project names', () => {
  it('follows PEP 508, not npm', () => {
    expect(pythonNameProblem('blog-api')).toBeUndefined();
    expect(pythonNameProblem('My_Blog.2')).toBeUndefined();
    expect(pythonNameProblem('my blog')).toMatch(/spaces/);
    expect(pythonNameProblem('_private')).toMatch(/starting and ending/);
    expect(pythonNameProblem('blog-')).toMatch(/starting and ending/);
    expect(pythonNameProblem('blog$"api')).toMatch(/only hold/);
    expect(() => assertValidProjectName('My_Blog', 'python')).not.toThrow();
    expect(() => assertValidProjectName('My_Blog', 'node')).toThrow(/npm package name/);
    expect(() => assertValidProjectName('my blog', 'python')).toThrow(/cannot be a Python project name/);
  });

  it('derives importable package names', () => {
    expect(pythonPackageName('blog-api')).toBe('blog_api');
    expect(pythonPackageName('MyBlog.API')).toBe('my_blog_api');
    expect(pythonPackageName('2048-game')).toBe('project_2048_game');
    expect(pythonPackageName('class')).toBe('class_');
    expect(pythonPackageName('café')).toBe('cafe');
  });
});

describe('project marker', () => {
  it('says what was generated and how to start it, for both languages', async () => {
    const py = await loadManifest('demo', 'python', fixtures);
    const marker = projectMarker('my-api', py, { db: 'postgres', docker: true });
    expect(marker).toEqual({
      project: 'demo',
      name: 'my-api',
      lang: 'python',
      db: 'postgres',
      docker: true,
      template: 'demo',
      generatedBy: expect.stringMatching(/^backend-roadmap@\d+\.\d+\.\d+/),
      start: 'uvicorn app.main:app --host 127.0.0.1 --port $PORT',
    });
    expect(projectMarker('web', demo, { db: 'sqlite', docker: false })).toMatchObject({ lang: 'node', db: 'sqlite', start: 'npm start' });
    expect(defaultStart('node')).toBe('npm start');
    const file = markerFile(marker);
    expect(file.target).toBe(MARKER_FILE);
    expect(JSON.parse(file.content.toString())).toEqual(marker);
  });
});

describe('writing', () => {
  it('creates the project in one step and leaves no staging folder', () => {
    const parent = tempDir();
    const target = join(parent, 'app');
    const result = writeProject(target, [
      { target: 'a.txt', content: Buffer.from('a'), mode: 0o644 },
      { target: 'bin/run.js', content: Buffer.from('#!/usr/bin/env node'), mode: 0o755 },
    ]);
    expect(result).toEqual({ written: ['a.txt', 'bin/run.js'], overwritten: [] });
    expect(readdirSync(parent)).toEqual(['app']);
    expect(readFileSync(join(target, 'bin/run.js'), 'utf8')).toBe('#!/usr/bin/env node');
    if (process.platform !== 'win32') {
      const umask = process.umask();
      expect(statSync(join(target, 'bin/run.js')).mode & 0o777).toBe(0o755 & ~umask);
      expect(statSync(join(target, 'a.txt')).mode & 0o777).toBe(0o644 & ~umask);
    }
  });

  it('leaves nothing behind when a write fails half-way', () => {
    const parent = tempDir();
    const target = join(parent, 'app');
    expect(() =>
      writeProject(target, [
        { target: 'a', content: Buffer.from('file'), mode: 0o644 },
        { target: 'a/b', content: Buffer.from('cannot live under a file'), mode: 0o644 },
      ]),
    ).toThrow();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('into an existing folder: replaces template files only and reports them, deletes nothing', () => {
    const target = tempDir();
    writeFileSync(join(target, 'mine.txt'), 'keep me');
    writeFileSync(join(target, 'a.txt'), 'old');
    const result = writeProject(target, [{ target: 'a.txt', content: Buffer.from('new'), mode: 0o644 }]);
    expect(result.overwritten).toEqual(['a.txt']);
    expect(readFileSync(join(target, 'mine.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dirname(target)).filter((n) => n.includes('.staging-'))).toEqual([]);
    expect(existsSync(join(target, 'mine.txt'))).toBe(true);
  });
});

describe('writing with --force is all-or-nothing', () => {
  const file = (target: string, content: string) => ({ target, content: Buffer.from(content), mode: 0o644 });
  const besides = (target: string) => readdirSync(dirname(target)).filter((n) => n !== basename(target));

  it('keeps a backup of every file it replaces', () => {
    const target = join(tempDir(), 'app');
    mkdirSync(target);
    writeFileSync(join(target, 'a.txt'), 'old');
    const result = writeProject(target, [file('a.txt', 'new'), file('b.txt', 'added')]);
    expect(result.overwritten).toEqual(['a.txt']);
    expect(readFileSync(join(result.backup!, 'a.txt'), 'utf8')).toBe('old');
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('new');
    expect(besides(target)).toEqual([basename(result.backup!)]); // no staging folder
  });

  it('puts back what it replaced and removes what it added when a step fails', () => {
    const target = join(tempDir(), 'app');
    mkdirSync(target);
    writeFileSync(join(target, 'a.txt'), 'old');
    writeFileSync(join(target, 'x'), 'a file where the last template file needs a folder');
    const files = [file('a.txt', 'new'), file('lib/added.txt', 'added'), file('x/y.txt', 'cannot be written')];
    expect(() => writeProject(target, files)).toThrow();
    expect(readdirSync(target).sort()).toEqual(['a.txt', 'x']);
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('old');
    expect(besides(target)).toEqual([]); // neither staging nor backup folder
  });

  it('removes the staging folder a killed run left behind', () => {
    const parent = tempDir();
    const target = join(parent, 'app');
    mkdirSync(join(parent, '.app.staging-999999999-0badc0de', 'src'), { recursive: true });
    writeProject(target, [file('a.txt', 'a')]);
    expect(readdirSync(parent)).toEqual(['app']);
  });
});

describe('target folder checks', () => {
  it('refuses a target that is a symlink, or that a symlink leads outside the current folder', () => {
    const cwd = tempDir();
    const outside = tempDir();
    symlinkSync(outside, join(cwd, 'link'));
    expect(() => resolveTarget('link', cwd)).toThrow(/resolves outside the current folder/);
    expect(() => resolveTarget('link/app', cwd)).toThrow(/resolves outside the current folder/);
    expect(() => resolveTarget(join(cwd, 'link'))).toThrow(/is a symbolic link/);
    mkdirSync(join(cwd, 'real'));
    symlinkSync(join(cwd, 'real'), join(cwd, 'alias'));
    expect(() => resolveTarget('alias', cwd)).toThrow(/is a symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses up front a folder where the template has a file, and a symlink on the way', () => {
    const target = tempDir();
    mkdirSync(join(target, 'package.json'));
    expect(() => existingTemplateFiles(resolveTarget(target), ['package.json'])).toThrow(/is a folder, but the template has a file there/);
    symlinkSync(tempDir(), join(target, 'src'));
    expect(() => existingTemplateFiles(resolveTarget(target), ['src/index.js'])).toThrow(/src .* is a symbolic link/);
    writeFileSync(join(target, 'lib'), '');
    expect(() => existingTemplateFiles(resolveTarget(target), ['lib/x.js'])).toThrow(/is a file, but the template needs a folder/);
    writeFileSync(join(target, 'README.md'), 'mine');
    expect(existingTemplateFiles(resolveTarget(target), ['README.md', 'new.txt'])).toEqual(['README.md']);
  });
});

describe('package manager', () => {
  it('is detected from npm_config_user_agent', () => {
    expect(detectPackageManager('pnpm/9.1.0 npm/? node/v20.20.2 linux x64')).toBe('pnpm');
    expect(detectPackageManager('yarn/1.22.22 npm/? node/v20.20.2')).toBe('yarn');
    expect(detectPackageManager('npm/11.6.0 node/v20.20.2')).toBe('npm');
    expect(detectPackageManager('')).toBe('npm');
  });
});

describe('Python install', () => {
  it('creates .venv with the resolved interpreter, then installs the dev requirements into it', () => {
    const { venv, pip } = pythonInstallCommands('python3');
    expect(venv).toEqual(['python3', '-m', 'venv', '.venv']);
    expect(pip.slice(1)).toEqual(['install', '-r', 'requirements-dev.txt']);
    expect(pip[0]).toMatch(/^\.venv[\\/](bin|Scripts)[\\/]pip$/);
  });
});
