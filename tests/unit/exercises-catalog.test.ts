import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { currentExercise, readExercise, readTrackExercise, trackExercises, weekAllPassed } from '../../src/exercises/catalog.js';
import { learnerFileName, learnerFilePath } from '../../src/exercises/learner-file.js';
import { loadChecker } from '../../src/exercises/registry.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

async function rejected(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof UserError) return error;
  throw new Error(`expected a UserError, got ${String(error)}`);
}

describe('learner files', () => {
  it('keep the starter extension, including compound and missing ones', () => {
    expect(learnerFileName({ id: 'sum', starter: 'starter.js' })).toBe('sum.js');
    expect(learnerFileName({ id: 'stack', starter: 'starter.compose.yml' })).toBe('stack.compose.yml');
    expect(learnerFileName({ id: 'image', starter: 'Dockerfile' })).toBe('image.Dockerfile');
    expect(learnerFileName({ id: 'readme', starter: 'README.md' })).toBe('readme.md');
  });

  it('live in week-NN of the workspace', () => {
    expect(learnerFilePath('/ws', { id: 'sum', starter: 'starter.sql', week: 6 })).toBe(join('/ws', 'week-06', 'sum.sql'));
  });
});

describe('catalog', () => {
  it('lists a track in week/order order', async () => {
    expect(await trackExercises('node', root)).toEqual([
      { id: 'fx-sum', week: 1 },
      { id: 'fx-greet', week: 1 },
      { id: 'fx-top-customers', week: 2 },
      { id: 'fx-deactivate', week: 2 },
      { id: 'fx-books-schema', week: 2 },
    ]);
    expect(await trackExercises('python', root)).toEqual([{ id: 'fx-py-hello', week: 1 }]);
  });

  it('rejects unknown ids, and ids that try to leave the curriculum, as usage errors', async () => {
    for (const id of ['nope', '../fixtures', 'FX-SUM']) {
      const error = await rejected(readExercise(id, { root }));
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe(`Unknown exercise "${id}"`);
    }
    const suggested = await rejected(readExercise('sum', { root, known: ['fx-sum', 'fx-greet'] }));
    expect(suggested.hint).toMatch(/fx-sum/);
  });

  it("refuses another track's exercise, naming both tracks", async () => {
    const error = await rejected(readTrackExercise('fx-py-hello', 'node', [], { root }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/belongs to the python track; your profile follows the node track/);
  });

  it('caches a parsed exercise and re-reads it when the YAML changes', async () => {
    const copy = tempDir();
    cpSync(root, copy, { recursive: true });
    const cacheDir = tempDir();
    const first = await readExercise('fx-sum', { root: copy, cacheDir });
    expect(existsSync(join(cacheDir, 'exercises', 'fx-sum.json'))).toBe(true);
    expect((await readExercise('fx-sum', { root: copy, cacheDir })).title).toBe(first.title);
    const yaml = join(copy, 'exercises', 'fx-sum', 'exercise.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('title: Sum two numbers', 'title: Add two numbers'));
    utimesSync(yaml, new Date(), new Date(Date.now() + 5000));
    expect((await readExercise('fx-sum', { root: copy, cacheDir })).title).toBe('Add two numbers');
  });

  it('finds the current exercise and completed weeks from the passed set', () => {
    const refs = [
      { id: 'a', week: 1 },
      { id: 'b', week: 1 },
      { id: 'c', week: 2 },
    ];
    expect(currentExercise(refs, new Set())?.id).toBe('a');
    expect(currentExercise(refs, new Set(['a']))?.id).toBe('b');
    expect(currentExercise(refs, new Set(['a', 'b', 'c']))).toBeUndefined();
    expect(weekAllPassed(refs, 1, new Set(['a']))).toBe(false);
    expect(weekAllPassed(refs, 1, new Set(['a', 'b']))).toBe(true);
    expect(weekAllPassed(refs, 3, new Set(['a', 'b', 'c']))).toBe(false);
  });
});

describe('checker registry', () => {
  it('loads every checker the schema names', async () => {
    for (const name of ['node-test', 'python-unittest', 'sql', 'static'] as const) {
      expect(typeof (await loadChecker(name)).run).toBe('function');
    }
  });
});
