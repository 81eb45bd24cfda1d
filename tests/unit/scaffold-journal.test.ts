import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitJournal, journalPath, recoverInterrupted, writeJournal } from '../../src/scaffold/journal.js';
import { planSwap, removeStaleStaging, swapSteps, writeProject } from '../../src/scaffold/write.js';
import { tempDir } from '../helpers/temp.js';

/** Every file and folder under `dir`, with file contents: two equal trees are the same state. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = prefix + name;
    if (statSync(path).isDirectory()) Object.assign(out, { [`${rel}/`]: '' }, tree(path, `${rel}/`));
    else out[rel] = readFileSync(path, 'utf8');
  }
  return out;
}

const DEAD = 999_999_999; // no such process: the journal of a killed run

/** A target holding a file of the learner's and two template files; staged: those two plus three new ones. */
function fixture() {
  const parent = tempDir();
  const target = join(parent, 'app');
  mkdirSync(join(target, 'src'), { recursive: true });
  writeFileSync(join(target, 'mine.txt'), 'keep me');
  writeFileSync(join(target, 'a.txt'), 'old a');
  writeFileSync(join(target, 'src', 'keep.js'), 'old keep');
  const rels = ['a.txt', 'b.txt', 'lib/x.txt', 'src/keep.js', 'src/new/deep.js'];
  const staging = join(parent, `.app.staging-${DEAD}-0badc0de`);
  for (const rel of rels) {
    mkdirSync(dirname(join(staging, rel)), { recursive: true });
    writeFileSync(join(staging, rel), `new ${rel}`);
  }
  const journal = { ...planSwap(target, rels, join(parent, 'app.backup-test')), pid: DEAD };
  return { parent, target, rels, staging, journal, before: tree(target) };
}

describe('a --force write killed at any step is rolled back by the next run', () => {
  it('after every single step: the folder is exactly as before, with nothing left beside it', () => {
    const probe = fixture();
    const count = swapSteps(probe.staging, probe.target, probe.journal, probe.rels).length;
    expect(count).toBeGreaterThan(probe.rels.length); // folders and backups are steps of their own
    for (let k = 0; k <= count; k++) {
      const { parent, target, rels, staging, journal, before } = fixture();
      writeJournal(target, journal, staging);
      swapSteps(staging, target, journal, rels)
        .slice(0, k)
        .forEach((step) => step());
      const recovery = recoverInterrupted(target);
      removeStaleStaging(parent, 'app');
      expect(tree(target), `killed after step ${k}`).toEqual(before);
      expect(readdirSync(parent), `killed after step ${k}`).toEqual(['app']);
      expect(recovery).toMatchObject({ target, startedAt: journal.startedAt });
      if (k === count) expect(recovery).toMatchObject({ restored: 2, removed: 3 });
      if (k === 0) expect(recovery).toMatchObject({ restored: 0, removed: 0 });
      expect(recoverInterrupted(target)).toBeUndefined(); // done once, nothing left to undo
    }
  });

  it('after the commit the new files stand and the old ones are in the backup', () => {
    const { parent, target, rels, staging, journal } = fixture();
    writeJournal(target, journal, staging);
    swapSteps(staging, target, journal, rels).forEach((step) => step());
    commitJournal(target, [target]);
    expect(recoverInterrupted(target)).toBeUndefined();
    expect(readFileSync(join(target, 'src/new/deep.js'), 'utf8')).toBe('new src/new/deep.js');
    expect(readFileSync(join(target, 'mine.txt'), 'utf8')).toBe('keep me');
    expect(tree(journal.backup)).toEqual({ 'a.txt': 'old a', 'src/': '', 'src/keep.js': 'old keep' });
    removeStaleStaging(parent, 'app');
    expect(readdirSync(parent).sort()).toEqual(['app', 'app.backup-test']);
  });

  it('a rollback that was itself killed is finished by the next run', () => {
    const { target, rels, staging, journal, before } = fixture();
    writeJournal(target, journal, staging);
    swapSteps(staging, target, journal, rels).forEach((step) => step());
    // as if the first rollback died after removing b.txt and putting a.txt back
    rmSync(join(target, 'b.txt'));
    renameSync(join(journal.backup, 'a.txt'), join(target, 'a.txt'));
    expect(recoverInterrupted(target)).toMatchObject({ restored: 1, removed: 2 });
    expect(tree(target)).toEqual(before);
  });

  it('never rolls back under a run that is still going (a recent journal of a live pid), and refuses a journal it did not write', () => {
    const { target, staging, journal } = fixture();
    writeJournal(target, { ...journal, pid: process.ppid }, staging);
    expect(() => recoverInterrupted(target)).toThrow(/Another backend-roadmap new \(process \d+\) is writing into/);
    expect(() => writeProject(target, [{ target: 'a.txt', content: Buffer.from('x'), mode: 0o644 }])).toThrow(/Another backend-roadmap new is writing into/);
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('old a');
    // the same pid an hour later is another process that got the number: the run is long dead
    writeFileSync(journalPath(target), JSON.stringify({ ...journal, pid: process.ppid, startedAt: new Date(Date.now() - 3_600_000).toISOString() }));
    expect(recoverInterrupted(target)).toMatchObject({ restored: 0, removed: 0 });
    writeFileSync(journalPath(target), JSON.stringify({ ...journal, added: ['../../etc/passwd'] }));
    expect(() => recoverInterrupted(target)).toThrow(/is not a journal this tool wrote/);
  });
});
