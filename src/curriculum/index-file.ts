import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { curriculumDir } from '../core/paths.js';
import { exerciseFingerprints, summarizeExercise, type ExerciseSummary } from './exercise-list.js';
import type { Track } from './schema.js';
import { exerciseFitsTrack } from './tracks.js';

/**
 * The slice of the curriculum that `status` needs, precomputed at build time: parsing 16 YAML
 * files through zod costs ~65 ms, more than node's own start-up, and status must stay fast.
 */
export interface CurriculumIndex {
  months: { month: number; title: string }[];
  weeks: { week: number; month: number; title: string; folder: string; exercises: Record<Track, string[]> }[];
  /** every exercise as `exercise list` shows it, and the fingerprints of the files they come from (exercise-list.ts) */
  exercises: { list: ExerciseSummary[]; files: Record<string, string> };
}

export const indexFile = fileURLToPath(new URL('../curriculum-index.json', import.meta.url));

export async function buildIndex(root?: string): Promise<CurriculumIndex> {
  const { loadWeeks, loadExercises } = await import('./load.js');
  // fingerprinted before loading: a file edited meanwhile makes the index look stale, never fresh
  const files = exerciseFingerprints(root ?? curriculumDir);
  const exercises = loadExercises(root);
  const loaded = loadWeeks(root);
  const weeks = loaded.map((w) => ({
      week: w.week,
      month: w.month,
      title: w.title,
      folder: w.dir.split(/[\\/]/).at(-1)!,
      exercises: {
        node: exercises.filter((e) => e.week === w.week && exerciseFitsTrack(e.track, 'node')).map((e) => e.id),
        python: exercises.filter((e) => e.week === w.week && exerciseFitsTrack(e.track, 'python')).map((e) => e.id),
    },
  }));
  const months = [...new Map(loaded.map((w) => [w.month, w.monthTitle])).entries()].map(([month, title]) => ({ month, title }));
  return { months, weeks, exercises: { list: exercises.map(summarizeExercise), files } };
}

let read: Promise<CurriculumIndex> | undefined;

/**
 * The prebuilt index when present (packaged installs, after `npm run build`), else built from the
 * YAML; read once per process (a verify asks for it before its check and again as it opens the database).
 */
export function readIndex(): Promise<CurriculumIndex> {
  return (read ??= existsSync(indexFile) ? Promise.resolve(JSON.parse(readFileSync(indexFile, 'utf8')) as CurriculumIndex) : buildIndex());
}
