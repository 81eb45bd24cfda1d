import { execaSync } from 'execa';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// Node 20 has no module.enableCompileCache: the bin keeps V8's code cache itself (src/compile-cache.ts).
const builtIn = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** The CLI with its own home (where the OS cache folder is), and that cache's files. */
function withHome(env: Record<string, string> = {}) {
  const root = tempDir('brm-cc-');
  const run = cliRunner(root, join(root, 'data'));
  const cache = join(root, 'home', '.cache', 'backend-roadmap', 'compile-cache', `${process.version}-${process.arch}`);
  // root ignores permission bits: a run that must meet them runs as nobody, owning the sandbox
  let user: { uid?: number; gid?: number } = {};
  return {
    unprivileged() {
      mkdirSync(join(root, 'home'));
      if (process.getuid?.() !== 0) return;
      execaSync('chown', ['-R', '65534:65534', root]);
      user = { uid: 65534, gid: 65534 };
    },
    run: (args: string[]) => run(args, { ...user, env: { HOME: join(root, 'home'), XDG_CACHE_HOME: '', ...env } }),
    cache,
    files: () => (existsSync(cache) ? readdirSync(cache).sort() : []),
    file: (suffix: string) => join(cache, readdirSync(cache).find((f) => f.endsWith(suffix))!),
  };
}

describe.skipIf(builtIn)('the compile cache (Node 20)', () => {
  it('is written by the first run and read, unchanged, by the next', async () => {
    const box = withHome();
    expect((await box.run(['new', 'blog-api', 'one'])).exitCode).toBe(0);
    expect(box.files()).toEqual(expect.arrayContaining([expect.stringMatching(/-cli\.cjs$/), expect.stringMatching(/-scaffold-.*\.cjs$/)]));
    const before = box.files().map((f) => statSync(join(box.cache, f)).mtimeMs);
    const second = await box.run(['new', 'blog-api', 'two']);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/Created Blog REST API/);
    expect(box.files().map((f) => statSync(join(box.cache, f)).mtimeMs)).toEqual(before); // accepted: nothing rewritten
  });

  it('runs from source a cache whose source differs, even by one byte of the same length (V8 checks only the length), and rewrites it', async () => {
    const box = withHome();
    expect((await box.run(['new', 'calculator', 'one'])).exitCode).toBe(0);
    const file = box.file('-cli.cjs');
    const data = readFileSync(file);
    const sourceEnd = 4 + data.readUInt32LE(0);
    const at = data.indexOf('main', 4);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(sourceEnd);
    data.write('niam', at); // same length, other text
    writeFileSync(file, data);
    const r = await box.run(['new', 'calculator', 'two']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Created/);
    expect(readFileSync(file).indexOf('niam', 4)).toBe(-1);

    writeFileSync(file, Buffer.from('garbage'));
    expect((await box.run(['new', 'calculator', 'three'])).exitCode).toBe(0);
    expect(readFileSync(file).length).toBeGreaterThan(100);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE=1 and while debugging, and a read-only cache folder changes nothing', async () => {
    const off = withHome({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect((await off.run(['new', 'calculator', 'one'])).exitCode).toBe(0);
    expect(off.files()).toEqual([]);
    const debugging = withHome({ DEBUG: 'backend-roadmap' });
    expect((await debugging.run(['new', 'calculator', 'one'])).exitCode).toBe(0);
    expect(debugging.files()).toEqual([]);

    const readOnly = withHome();
    readOnly.unprivileged();
    expect((await readOnly.run(['new', 'calculator', 'one'])).exitCode).toBe(0);
    const files = readOnly.files();
    for (const f of files) writeFileSync(join(readOnly.cache, f), 'stale');
    chmodSync(readOnly.cache, 0o500);
    try {
      const r = await readOnly.run(['new', 'calculator', 'two']);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      expect(files.map((f) => readFileSync(join(readOnly.cache, f), 'utf8'))).toEqual(files.map(() => 'stale')); // not written, not trusted
    } finally {
      chmodSync(readOnly.cache, 0o700);
    }
  });

  it('leaves files that call import() to Node (a cached vm.Script cannot): a command that uses one still works twice', async () => {
    const box = withHome();
    const file = join(tempDir(), 'not-an-export.json');
    writeFileSync(file, '{}');
    for (let i = 0; i < 2; i++) {
      const r = await box.run(['progress', 'import', file]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('where the compile cache lives', () => {
  it('is the OS cache folder, never the data folder', async () => {
    const { compileCacheDir } = await import('../../src/compile-cache.js');
    const home = (await import('node:os')).homedir();
    expect(compileCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'backend-roadmap', 'compile-cache'));
    expect(compileCacheDir({}, 'linux')).toBe(join(home, '.cache', 'backend-roadmap', 'compile-cache'));
    expect(compileCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'darwin')).toBe(join(home, 'Library', 'Caches', 'backend-roadmap', 'compile-cache'));
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Local', 'backend-roadmap', 'compile-cache'));
  });
});
