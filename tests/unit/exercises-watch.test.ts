import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../src/curriculum/load.js';
import { loadTrackExercises } from '../../src/exercises/catalog.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { startWatch, type WatchView } from '../../src/exercises/watch.js';
import { openDatabase } from '../../src/store/db.js';
import { exerciseState } from '../../src/store/exercises.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

/** A view that records what it was asked to show, and lets a test wait for an event. */
function recordingView() {
  const events: string[] = [];
  const waiters: { match: RegExp; resolve: () => void }[] = [];
  const push = (e: string) => {
    events.push(e);
    for (const w of waiters.filter((w) => w.match.test(e))) w.resolve();
  };
  const view: WatchView = {
    started: (e, _file, p, _hints) => push(`started ${e.id} ${p.passed}/${p.total}`),
    checking: (e) => push(`checking ${e.id}`),
    result: (o) => push(`result ${o.exercise.id} ${o.result.passed ? 'pass' : 'fail'}`),
    hint: (e, n) => push(`hint ${e.id} ${n}`),
    list: (rows) => push(`list ${rows.length}`),
    notice: (m) => push(`notice ${m}`),
    failed: (err) => push(`failed ${String(err)}`),
    allDone: (n) => push(`done ${n}`),
  };
  const waitFor = (match: RegExp) =>
    events.some((e) => match.test(e)) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ match, resolve }));
  return { view, events, waitFor };
}

describe('exercise watch', () => {
  it('checks the current exercise, re-checks on save and moves on when it passes', async () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    const workspace = tempDir();
    writeFileSync(join(workspace, 'package.json'), '{"type":"module"}');
    // Week 1 only: two node-test exercises keep the test fast.
    const exercises = (await loadTrackExercises('node', root)).filter((e) => e.week === 1);
    const [sum, greet] = exercises as [LoadedExercise, LoadedExercise];
    const { view, events, waitFor } = recordingView();
    const session = startWatch({ db, workspace, cacheDir: tempDir(), exercises, view, polling: true });

    await waitFor(/^result fx-sum fail/);
    session.hint();
    session.list();
    copyFileSync(join(sum.dir, 'solution.js'), learnerFilePath(workspace, sum));
    await waitFor(/^result fx-greet fail/);
    copyFileSync(join(greet.dir, 'solution.js'), learnerFilePath(workspace, greet));
    await session.done;

    expect(events.filter((e) => !e.startsWith('checking'))).toEqual([
      'started fx-sum 0/2',
      'result fx-sum fail',
      'hint fx-sum 1',
      'list 2',
      'result fx-sum pass',
      'started fx-greet 1/2',
      'result fx-greet fail',
      'result fx-greet pass',
      'done 2',
    ]);
    expect(exerciseState(db, 'fx-greet')).toMatchObject({ attempts: 2, passedAt: expect.any(String) });
    db.close();
  });
});
