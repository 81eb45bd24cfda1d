import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// What `npx backend-roadmap init` will download: the bin, the built code and the course data only.
describe('the published package', () => {
  it('ships bin, dist, curriculum and templates, without source maps, caches or tests', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [
      { files: { path: string }[] },
    ];
    const paths = pack.files.map((f) => f.path);
    expect(paths).toContain('bin/backend-roadmap.js');
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('dist/curriculum-index.json');
    expect(paths).toContain('dist/templates-precompiled/blog-api.pack'); // new writes from this
    expect(paths).toContain('dist/templates-precompiled/blog-api.cjs'); // and renders a template edited since the build with this
    expect(paths.some((p) => p.startsWith('curriculum/weeks/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('templates/'))).toBe(true);
    expect(paths.filter((p) => /\.map$|__pycache__|^src\/|^tests\/|node_modules/.test(p))).toEqual([]);
  });

  it('declares the bin, a Node 20 engine and its approved install scripts', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.bin).toEqual({ 'backend-roadmap': 'bin/backend-roadmap.js' });
    expect(pkg.engines.node).toBe('>=20.12');
    expect(pkg.allowScripts).toEqual({ 'better-sqlite3': true });
    expect(readFileSync(`${root}bin/backend-roadmap.js`, 'utf8')).toMatch(/^#!\/usr\/bin\/env node/);
  });
});
