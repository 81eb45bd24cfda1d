import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../src/core/paths.js';
import { loadManifest } from '../../src/scaffold/manifest.js';
import { planFiles } from '../../src/scaffold/plan.js';
import { renderFiles, templateContext } from '../../src/scaffold/render.js';
import { applyMode, assertHasStarter } from '../../src/scaffold/starter.js';
import { sandbox } from '../helpers/cli.js';

// `new --starter` without installing: `npm run test:templates -- --starter` installs, tests and reviews them.
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Templates (folder names) whose sources carry starter regions: the ones `--starter` is made for. */
const starterTemplates = readdirSync(templatesDir).filter((folder) =>
  walk(join(templatesDir, folder)).some((f) => readFileSync(f, 'utf8').includes('@starter-')),
);

describe('new --starter', () => {
  it('is supported by at least blog-api', () => {
    expect(starterTemplates).toContain('blog-api');
  });

  for (const folder of starterTemplates) {
    const [name, lang] = folder.endsWith('-python') ? [folder.slice(0, -'-python'.length), 'python'] : [folder, 'node'];
    it(`${folder}: the starter has TODOs and no markers, records starter: true; the complete one has no markers`, async () => {
      const box = sandbox();
      const starter = await box.run(['new', name, 'learner-app', '--lang', lang, '--starter', '--no-docker']);
      expect(starter.stderr).toBe('');
      expect(starter.exitCode).toBe(0);
      expect(starter.stdout).toMatch(/open STAGES\.md and build stage by stage; check with backend-roadmap review/);
      const complete = await box.run(['new', name, 'reference-app', '--lang', lang, '--no-docker']);
      expect(complete.exitCode).toBe(0);
      const root = join(box.home, '..');
      const read = (dir: string) => walk(join(root, dir)).map((f) => ({ file: relative(join(root, dir), f), text: readFileSync(f, 'utf8') }));
      const starterFiles = read('learner-app');
      expect(starterFiles.filter((f) => f.text.includes('@starter-')).map((f) => f.file)).toEqual([]);
      expect(starterFiles.filter((f) => /TODO \(stage [a-z0-9-]+\)/.test(f.text)).length).toBeGreaterThan(0);
      const marker = JSON.parse(readFileSync(join(root, 'learner-app', 'backend-roadmap.json'), 'utf8'));
      expect(marker).toMatchObject({ template: name, lang, starter: true });
      const guide = readFileSync(join(root, 'learner-app', 'STAGES.md'), 'utf8');
      expect(guide).toMatch(/backend-roadmap review --stage/);
      expect(guide).toMatch(/TODO \(stage|\(stage [a-z0-9-]+\)/);
      expect(readFileSync(join(root, 'learner-app', 'README.md'), 'utf8')).toMatch(/^> \*\*Starter project\.\*\*/);

      const completeFiles = read('reference-app');
      expect(completeFiles.filter((f) => f.text.includes('@starter-')).map((f) => f.file)).toEqual([]);
      expect(completeFiles.some((f) => f.text.includes('TODO (stage'))).toBe(false);
      expect(existsSync(join(root, 'reference-app', 'STAGES.md'))).toBe(false);
      expect(JSON.parse(readFileSync(join(root, 'reference-app', 'backend-roadmap.json'), 'utf8')).starter).toBeUndefined();
    });
  }

  it('--dry-run lists STAGES.md and says starter, writing nothing', async () => {
    const box = sandbox();
    const r = await box.run(['new', 'blog-api', 'dry', '--starter', '--dry-run']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/starter\)/);
    expect(r.stdout).toMatch(/STAGES\.md/);
    expect(r.stdout).toMatch(/todo\.ts/);
    expect(r.stdout).not.toMatch(/posts\.service\.ts/);
    expect(existsSync(join(box.home, '..', 'dry'))).toBe(false);
  });

  it('documents --starter in new --help', async () => {
    const r = await sandbox().run(['new', '--help']);
    expect(r.stdout).toMatch(/--starter/);
    expect(r.stdout).toMatch(/new blog-api my-blog --starter/);
  });
});

describe('a template without starter regions', () => {
  it('is refused with --starter, as a usage error that says what to do', async () => {
    const root = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
    const manifest = await loadManifest('demo', 'node', root);
    const files = planFiles(manifest, { docker: false, db: 'sqlite', starter: true });
    expect(() => assertHasStarter(files, manifest.name, manifest.lang)).toThrow(
      expect.objectContaining({ exitCode: 2, message: 'The demo template (node) has no starter version yet', hint: 'Drop --starter to get the complete project' }),
    );
  });
});

describe('a template with an unclosed starter region', () => {
  it('fails with one error naming the file and line, in either mode', async () => {
    const root = fileURLToPath(new URL('../fixtures/starter-templates', import.meta.url));
    const manifest = await loadManifest('unbalanced', 'node', root);
    const options = { docker: false };
    const files = planFiles(manifest, options);
    const rendered = renderFiles(files, templateContext('x', manifest, options));
    for (const mode of ['starter', 'complete'] as const) {
      expect(() => applyMode(rendered, files, mode)).toThrow(
        /^Template bug: tests\/fixtures\/starter-templates\/unbalanced\/files\/src\/app\.ts:2: @starter-replace is never closed with @starter-end$/,
      );
    }
  });
});
