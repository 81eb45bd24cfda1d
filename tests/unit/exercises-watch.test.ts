import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../src/curriculum/load.js';
import { loadTrackExercises } from '../../src/exercises/catalog.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { startWatch, type WatchView } from '../../src/exercises/watch.js';
import { openDatabase } from '../../src/store/db.js';
import { exerciseState } from '../../src/store/exercises.js';
import { tempDir, sharedCacheDir } from '../helpers/temp.js';

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
  /** until `match` has been seen `count` times */
  const waitForCount = async (match: RegExp, count: number) => {
    while (events.filter((e) => match.test(e)).length < count) await new Promise<void>((resolve) => waiters.push({ match, resolve }));
  };
  return { view, events, waitFor, waitForCount };
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

describe('exercise watch on SQL', () => {
  it('re-checks each save on a fresh seeded database: nothing the previous attempt did is left', async () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    const workspace = tempDir();
    const exercises = (await loadTrackExercises('node', root)).filter((e) => e.id === 'fx-deactivate');
    const [deactivate] = exercises as [LoadedExercise];
    const { view, events, waitForCount } = recordingView();
    // the snapshot the SQL unit tests share (initdb takes seconds)
    const cacheDir = sharedCacheDir;
    const session = startWatch({ db, workspace, cacheDir, exercises, view, polling: true });
    const file = learnerFilePath(workspace, deactivate);

    await waitForCount(/^result fx-deactivate fail/, 1);
    writeFileSync(file, "CREATE TABLE leftover (n int);\nINSERT INTO users (id, last_login) VALUES (99, '2020-01-01');\nUPDATE users SET active = false;\n");
    await waitForCount(/^result fx-deactivate fail/, 2);
    // passes only if leftover does not exist yet and users holds the seeded rows alone
    writeFileSync(file, `CREATE TABLE leftover (n int);\n${readFileSync(join(deactivate.dir, 'solution.sql'), 'utf8')}`);
    await session.done;

    expect(events.filter((e) => !/^(checking|notice)/.test(e))).toEqual([
      'started fx-deactivate 0/1',
      'result fx-deactivate fail',
      'result fx-deactivate fail',
      'result fx-deactivate pass',
      'done 1',
    ]);
    db.close();
  });
});
