import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/scaffold/pack.js';
import { writeTemplatePack } from '../../src/scaffold/precompile.js';
import { tempDir } from '../helpers/temp.js';

const REGION = ['const a = 1;', '// @starter-replace: (stage s1) compute b', 'const b = a + 1;', '// @starter-else', '// const b = 0;', '// @starter-end', ''].join('\n');

/** A template files/ folder and its pack, as the build writes them. */
function packed() {
  const root = tempDir();
  const files = join(root, 'files');
  mkdirSync(join(files, 'src'), { recursive: true });
  writeFileSync(join(files, 'README.md'), '# hello\n');
  writeFileSync(join(files, 'src', 'index.ts'), REGION, { mode: 0o755 });
  const file = join(root, 'demo.pack');
  // every template file older than the build, as after a checkout or an npm install
  const past = new Date(Date.now() - 60_000);
  for (const path of [join(files, 'README.md'), join(files, 'src', 'index.ts'), join(files, 'src'), files]) utimesSync(path, past, past);
  writeTemplatePack(files, file, 'demo/files');
  return { files, file };
}

const future = () => new Date(Date.now() + 60_000);

describe('template packs', () => {
  it('hold every file, its mode now, and its text with starter regions resolved for the complete project', () => {
    const { files, file } = packed();
    const pack = readPack(files, file)!;
    expect(pack.listing()).toEqual(['README.md', 'src/index.ts']);
    expect(pack.fresh('README.md')!.bytes.toString()).toBe('# hello\n');
    const code = pack.fresh('src/index.ts')!;
    expect(code.bytes.toString()).toBe(REGION);
    expect(code.complete.toString()).toBe('const a = 1;\nconst b = a + 1;\n');
    expect(code.mode).toBe(statSync(join(files, 'src', 'index.ts')).mode & 0o777);
    expect(pack.fresh('missing.txt')).toBeUndefined();
  });

  it('are not used for a file modified since the build, or of another size; the build\'s copy stays what a spec is compared with', () => {
    const { files, file } = packed();
    writeFileSync(join(files, 'README.md'), '# edited\n');
    utimesSync(join(files, 'README.md'), future(), future());
    const pack = readPack(files, file)!;
    expect(pack.fresh('README.md')).toBeUndefined();
    expect(pack.fresh('src/index.ts')).toBeDefined();
    expect(pack.built('README.md')!.toString()).toBe('# hello\n');

    // an older mtime than the build, but not the size the build read
    const past = new Date(Date.now() - 60_000);
    writeFileSync(join(files, 'src', 'index.ts'), `${REGION}// more\n`);
    utimesSync(join(files, 'src', 'index.ts'), past, past);
    expect(readPack(files, file)!.fresh('src/index.ts')).toBeUndefined();
  });

  it('are not used at all once a folder changed since the build (a file added, removed or renamed): the folder is listed again', () => {
    const { files, file } = packed();
    writeFileSync(join(files, 'src', 'extra.ts'), 'export {};\n');
    utimesSync(join(files, 'src'), future(), future());
    const pack = readPack(files, file)!;
    expect(pack.listing()).toBeUndefined();
    expect(pack.fresh('README.md')).toBeUndefined();

    const removed = packed();
    rmSync(join(removed.files, 'src', 'index.ts'));
    utimesSync(join(removed.files, 'src'), future(), future());
    expect(readPack(removed.files, removed.file)!.listing()).toBeUndefined();
  });

  it('that are missing or damaged are not used', () => {
    const { files, file } = packed();
    expect(readPack(files, `${file}.missing`)).toBeUndefined();
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 1)); // cut short
    expect(readPack(files, file)).toBeUndefined();
    writeFileSync(file, '{"builtAt":1}\n');
    expect(readPack(files, file)).toBeUndefined();
    writeFileSync(file, 'not a pack\n');
    expect(readPack(files, file)).toBeUndefined();
  });

  it('refuse to be built from a template whose starter regions are malformed, naming the file and line', () => {
    const root = tempDir();
    mkdirSync(join(root, 'files'));
    writeFileSync(join(root, 'files', 'bad.ts'), '// @starter-replace: (stage s1) x\nconst a = 1;\n');
    expect(() => writeTemplatePack(join(root, 'files'), join(root, 'bad.pack'), 'bad/files')).toThrow(/bad\/files\/bad\.ts:1/);
  });
});
