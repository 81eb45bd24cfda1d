import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/store/atomic-write.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temp file behind', async () => {
    const file = path.join(tempDir(), 'data.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(tempDir())).toEqual(['data.json']);
  });

  it('creates the file readable by its owner only', async () => {
    const file = path.join(tempDir(), 'data.json');
    await writeFileAtomic(file, '{}');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps the old content and cleans up when the rename fails', async () => {
    // A non-empty folder where the file should be makes rename() fail.
    const target = path.join(tempDir(), 'data.json');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(tempDir())).toEqual(['data.json']);
    expect(readFileSync(path.join(target, 'keep'), 'utf8')).toBe('x');
  });
});
