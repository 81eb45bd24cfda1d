import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTrackExercises, trackExercises } from '../../src/exercises/catalog.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { verifyExercise } from '../../src/exercises/verify.js';
import { resetExercise, startExercise } from '../../src/exercises/workspace-files.js';
import { openDatabase } from '../../src/store/db.js';
import { listAttempts } from '../../src/store/exercises.js';
import { completedWeeks } from '../../src/store/weeks.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

async function setup() {
  const db = openDatabase(join(tempDir(), 'progress.db'));
  const workspace = tempDir();
  const exercises = (await loadTrackExercises('node', root)).filter((e) => e.week === 1);
  const refs = await trackExercises('node', root);
  const opts = { workspace, cacheDir: tempDir(), refs };
  const byId = (id: string) => exercises.find((e) => e.id === id)!;
  return { db, workspace, opts, byId };
}

describe('workspace files', () => {
  it('start copies the starter once and never overwrites the learner’s file', async () => {
    const { workspace, byId } = await setup();
    const first = startExercise(byId('fx-sum'), workspace);
    expect(first).toEqual({ file: join(workspace, 'week-01', 'fx-sum.js'), created: true });
    writeFileSync(first.file, '// my work');
    expect(startExercise(byId('fx-sum'), workspace).created).toBe(false);
    expect(readFileSync(first.file, 'utf8')).toBe('// my work');
  });

  it('reset restores the starter and keeps the learner’s file as .bak', async () => {
    const { workspace, byId } = await setup();
    const { file } = startExercise(byId('fx-sum'), workspace);
    writeFileSync(file, '// my work');
    expect(resetExercise(byId('fx-sum'), workspace)).toEqual({ file, backup: `${file}.bak` });
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('// my work');
    expect(readFileSync(file, 'utf8')).toContain('Not implemented yet');
  });
});

describe('verifyExercise', () => {
  it('records every attempt and completes the week when its last exercise passes', async () => {
    const { db, workspace, opts, byId } = await setup();
    const sum = byId('fx-sum');
    const greet = byId('fx-greet');
    startExercise(sum, workspace);
    const failed = await verifyExercise(db, sum, opts);
    expect(failed.result.passed).toBe(false);
    expect(failed.attempt.summary).toBe('0/2 cases passed');
    expect(failed.next?.id).toBe('fx-sum');

    copyFileSync(join(sum.dir, 'solution.js'), learnerFilePath(workspace, sum));
    const passed = await verifyExercise(db, sum, opts);
    expect(passed).toMatchObject({ weekCompleted: false, next: { id: 'fx-greet' }, progress: { passed: 1, total: 5 } });

    copyFileSync(join(greet.dir, 'solution.js'), learnerFilePath(workspace, greet));
    const last = await verifyExercise(db, greet, opts);
    expect(last.weekCompleted).toBe(true);
    expect(last.result.output).toBe('greeting Ada');
    expect(completedWeeks(db).has(1)).toBe(true);
    expect(listAttempts(db).map((a) => [a.exerciseId, a.passed])).toEqual([
      ['fx-sum', false],
      ['fx-sum', true],
      ['fx-greet', true],
    ]);
  });

  it('refuses a missing learner file with the command that creates it', async () => {
    const { db, opts, byId } = await setup();
    await expect(verifyExercise(db, byId('fx-sum'), opts)).rejects.toMatchObject({ hint: 'Create it from the starter: backend-roadmap exercise start fx-sum' });
    expect(listAttempts(db)).toEqual([]);
  });

  it('puts back a deleted workspace package.json so .js stays an ES module', async () => {
    const { db, workspace, opts, byId } = await setup();
    const sum = byId('fx-sum');
    startExercise(sum, workspace);
    copyFileSync(join(sum.dir, 'solution.js'), learnerFilePath(workspace, sum));
    expect(existsSync(join(workspace, 'package.json'))).toBe(false);
    expect((await verifyExercise(db, sum, opts)).result.passed).toBe(true);
    expect(JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')).type).toBe('module');
  });
});
