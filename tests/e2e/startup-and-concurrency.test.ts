import { execa } from 'execa';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binPath, initialised, notUnderNpm, sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const recorder = fileURLToPath(new URL('../helpers/import-recorder.mjs', import.meta.url));
const bundle = new URL('../../dist/bundle/', import.meta.url);
const chunkModules = JSON.parse(readFileSync(new URL('modules.json', bundle), 'utf8')) as Record<string, string[]>;

/** Every module a command loads: the files it imports, and the modules inside each bundle chunk among them. */
async function importsOf(args: string[], home: string): Promise<string> {
  const log = join(tempDir(), 'imports.log');
  // not under npm: `npx vitest` would otherwise make bin/ refuse its stored help (it prints npx-style examples)
  await execa('node', ['--import', recorder, binPath, ...args], { env: { IMPORT_LOG: log, BACKEND_ROADMAP_HOME: home, ...notUnderNpm }, reject: false });
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  const inChunks = urls.filter((url) => url.startsWith(bundle.href)).flatMap((url) => chunkModules[url.slice(bundle.href.length)] ?? []);
  return [...urls, ...inChunks].join('\n');
}

describe('lazy loading', () => {
  it('--help loads neither inquirer, better-sqlite3, the Markdown renderer nor handlebars', async () => {
    const loaded = await importsOf(['--help'], sandbox().home);
    expect(loaded).toContain('src/help-cache.ts'); // the stored help: not even commander
    expect(loaded).not.toContain('commander');
    const uncached = await importsOf(['--no-color', '--help'], sandbox().home);
    expect(uncached).toContain('commander');
    for (const heavy of ['@inquirer', 'better-sqlite3', 'marked', 'handlebars', 'zod', 'yaml', 'pglite']) {
      expect(loaded).not.toContain(heavy);
      expect(uncached).not.toContain(heavy);
    }
  });

  it('the roadmap (no command, status, progress) loads the database but not commander, prompts, Markdown, YAML, zod or node:crypto', async () => {
    const box = await initialised();
    for (const args of [[], ['status'], ['progress']]) {
      const loaded = await importsOf(args, box.home);
      expect(loaded).toContain('better-sqlite3');
      for (const heavy of ['commander', '@inquirer', 'marked', 'handlebars', 'node_modules/zod', 'node_modules/yaml', 'node:crypto']) expect(loaded, args.join(' ')).not.toContain(heavy);
    }
  });

  it('new <template> [dir] writes from the build\'s pack (prerendered): no Handlebars at all, no commander, YAML, zod, node:crypto or node:child_process', async () => {
    const box = await initialised();
    const loaded = await importsOf(['new', 'blog-api', join(box.home, 'blog')], box.home);
    expect(loaded).toContain('src/scaffold/pack.ts');
    for (const heavy of ['commander', 'handlebars', 'templates-precompiled/blog-api.cjs', '@inquirer', 'node_modules/zod', 'node_modules/yaml', 'node:crypto', 'node:child_process']) expect(loaded).not.toContain(heavy);
  });
  it('exercise verify runs a JavaScript check without the scaffolding, commander, YAML, zod, node:crypto or node:perf_hooks', async () => {
    const box = await initialised();
    expect((await box.run(['exercise', 'start', 'describe-type'])).exitCode).toBe(0);
    copyFileSync(new URL('../../curriculum/exercises/describe-type/solution.js', import.meta.url), join(box.workspace, 'week-01', 'describe-type.js'));
    const loaded = await importsOf(['exercise', 'verify', 'describe-type'], box.home);
    expect(loaded).toContain('src/exercises/checkers/node-test.ts');
    for (const heavy of ['src/scaffold/generate.ts', 'src/commands/new-action.ts', 'handlebars', 'commander', '@inquirer', 'node_modules/yaml', 'node_modules/zod', 'marked', 'node:crypto', 'node:perf_hooks']) expect(loaded).not.toContain(heavy);
  });

  it('exercise list reads the build\'s curriculum index: no YAML, zod or Markdown renderer', async () => {
    const box = await initialised();
    for (const args of [['exercise', 'list'], ['exercise', 'list', '--json']]) {
      const loaded = await importsOf(args, box.home);
      expect(loaded, args.join(' ')).toContain('src/curriculum/exercise-list.ts');
      for (const heavy of ['node_modules/yaml', 'node_modules/zod', 'marked', 'src/curriculum/load.ts']) expect(loaded, args.join(' ')).not.toContain(heavy);
    }
  });

  it('review reads the project marker without loading the scaffolding code (only its file name is shared)', async () => {
    const box = await initialised();
    const loaded = await importsOf(['review', box.workspace], box.home);
    expect(loaded).toContain('src/review/project.ts');
    for (const heavy of ['src/scaffold/marker.ts', 'src/scaffold/generate.ts', 'handlebars']) expect(loaded).not.toContain(heavy);
  });
});

describe('concurrent writers', () => {
  it('two processes writing 200 check-ins each both succeed: 400 rows', async () => {
    const box = await initialised();
    const store = new URL('../../dist/store/', import.meta.url).href;
    const writer = `
      const { openDatabase } = await import('${store}db.js');
      const { addCheckin } = await import('${store}checkins.js');
      const db = openDatabase(process.argv[1]);
      for (let i = 0; i < 200; i++) addCheckin(db, { hours: 1, confidence: 3, built: 'w' + i, blockers: '', notes: '' }, '2026-11-20');
      db.close();`;
    const file = join(box.home, 'progress.db');
    const runs = await Promise.all([1, 2].map(() => execa('node', ['--input-type=module', '-e', writer, file], { reject: false })));
    for (const r of runs) expect(r.stderr).toBe('');
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    const progress = JSON.parse((await box.run(['progress', '--json'])).stdout);
    expect(progress.checkins).toHaveLength(400);
  });
});
