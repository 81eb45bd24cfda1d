import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exerciseFingerprints, sameFingerprints, summarizeExercise } from '../../src/curriculum/exercise-list.js';
import { buildIndex } from '../../src/curriculum/index-file.js';
import { listTrackExercises, loadTrackExercises } from '../../src/exercises/catalog.js';
import { tempDir } from '../helpers/temp.js';

// `exercise list` reads the build's index instead of every exercise.yaml: the same exercises, and
// never a curriculum other than the one on disk.

const fixture = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

describe('the exercise list index', () => {
  it('holds what the YAML loader gives, per track and in course order', async () => {
    const index = await buildIndex();
    for (const track of ['node', 'python'] as const) {
      const loaded = (await loadTrackExercises(track)).map(summarizeExercise);
      expect(loaded.length).toBeGreaterThan(10);
      expect(index.exercises.list.filter((e) => e.track === 'shared' || e.track === track)).toEqual(loaded);
      expect(await listTrackExercises(track)).toEqual(loaded);
    }
  });

  it('tells an edited, added or removed exercise.yaml from the files the index was built from', async () => {
    const root = join(tempDir(), 'curriculum');
    cpSync(fixture, root, { recursive: true });
    const built = (await buildIndex(root)).exercises.files;
    expect(Object.keys(built)).toContain('fx-greet');
    expect(sameFingerprints(built, exerciseFingerprints(root))).toBe(true);

    appendFileSync(join(root, 'exercises', 'fx-greet', 'exercise.yaml'), '# edited\n');
    expect(sameFingerprints(built, exerciseFingerprints(root))).toBe(false);

    const again = (await buildIndex(root)).exercises.files;
    mkdirSync(join(root, 'exercises', 'fx-new'));
    expect(sameFingerprints(again, exerciseFingerprints(root))).toBe(false);
    rmSync(join(root, 'exercises', 'fx-new'), { recursive: true });
    expect(sameFingerprints(again, exerciseFingerprints(root))).toBe(true);
    rmSync(join(root, 'exercises', 'fx-sum'), { recursive: true });
    expect(sameFingerprints(again, exerciseFingerprints(root))).toBe(false);
  });
});
