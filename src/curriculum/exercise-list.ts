import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../core/fingerprint.js';
import type { Exercise } from './schema.js';

/**
 * What `exercise list` shows of an exercise. The build keeps it for every exercise in the
 * curriculum index (index-file.ts), with a fingerprint of each exercise.yaml it read: list then
 * needs neither YAML nor zod, and a curriculum changed since the build is read (and validated)
 * from its YAML instead, never served stale.
 */
export type ExerciseSummary = Pick<Exercise, 'id' | 'week' | 'order' | 'track' | 'title' | 'difficulty' | 'checker' | 'starter'> & { hintCount: number };

export function summarizeExercise(e: Exercise): ExerciseSummary {
  const { id, week, order, track, title, difficulty, checker, starter } = e;
  return { id, week, order, track, title, difficulty, checker, starter, hintCount: e.hints.length };
}

/** Every exercise folder (as the loader lists them) → its exercise.yaml's fingerprint ('' when it has none). */
export function exerciseFingerprints(curriculumRoot: string): Record<string, string> {
  const dir = join(curriculumRoot, 'exercises');
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  return Object.fromEntries(
    folders.map((folder) => {
      try {
        return [folder, fingerprint(readFileSync(join(dir, folder, 'exercise.yaml')))];
      } catch {
        return [folder, ''];
      }
    }),
  );
}

export function sameFingerprints(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
