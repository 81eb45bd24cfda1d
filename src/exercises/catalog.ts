import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, usageError } from '../core/errors.js';
import { curriculumDir } from '../core/paths.js';
import type { ExerciseSummary } from '../curriculum/exercise-list.js';
import type { LoadedExercise } from '../curriculum/load.js';
import type { Track } from '../curriculum/schema.js';
import { exerciseFitsTrack } from '../curriculum/tracks.js';
import { writeAtomic } from '../core/atomic-write.js';
import { cmd } from '../core/invocation.js';

/** An exercise's place in the course: enough to order, count and find "the current one". */
export interface ExerciseRef {
  id: string;
  week: number;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The learner's track exercises in week/order order. Reads the prebuilt curriculum index when it
 * exists (parsing every exercise.yaml costs ~120 ms, a third of a verify), else the YAML itself.
 */
export async function trackExercises(track: Track, root?: string): Promise<ExerciseRef[]> {
  if (root === undefined) {
    const { readIndex } = await import('../curriculum/index-file.js');
    return (await readIndex()).weeks.flatMap((w) => w.exercises[track].map((id) => ({ id, week: w.week })));
  }
  const { loadExercises } = await import('../curriculum/load.js');
  return loadExercises(root)
    .filter((e) => exerciseFitsTrack(e.track, track))
    .map((e) => ({ id: e.id, week: e.week }));
}

/**
 * The track's exercises as `exercise list` shows them, in course order: from the build's index
 * while every exercise.yaml is the one the build read (no YAML, no zod), else from the YAML.
 */
export async function listTrackExercises(track: Track, root?: string): Promise<ExerciseSummary[]> {
  const { exerciseFingerprints, sameFingerprints, summarizeExercise } = await import('../curriculum/exercise-list.js');
  if (root === undefined) {
    const { readIndex } = await import('../curriculum/index-file.js');
    const { exercises } = await readIndex();
    if (exercises && sameFingerprints(exercises.files, exerciseFingerprints(curriculumDir))) {
      return exercises.list.filter((e) => exerciseFitsTrack(e.track, track));
    }
  }
  return (await loadTrackExercises(track, root)).map(summarizeExercise);
}

/** Every exercise of the track, fully loaded (for watch and check:curriculum). */
export async function loadTrackExercises(track: Track, root?: string): Promise<LoadedExercise[]> {
  const { loadExercises } = await import('../curriculum/load.js');
  return loadExercises(root).filter((e) => exerciseFitsTrack(e.track, track));
}

async function parseExerciseYaml(file: string, dir: string): Promise<LoadedExercise> {
  const [{ parse }, { exerciseSchema }] = await Promise.all([import('yaml'), import('../curriculum/schema.js')]);
  const parsed = exerciseSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`Curriculum file ${file} is invalid: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { ...parsed.data, dir };
}

/**
 * One exercise by id, validated; an unknown id is a usage error with suggestions.
 * With a cache folder, the validated result is kept as JSON keyed by the YAML's size and mtime:
 * importing yaml and zod costs ~100 ms, too much for every `verify`.
 */
export async function readExercise(id: string, opts: { root?: string; known?: string[]; cacheDir?: string } = {}): Promise<LoadedExercise> {
  const dir = join(opts.root ?? curriculumDir, 'exercises', id);
  const file = join(dir, 'exercise.yaml');
  if (!ID_PATTERN.test(id) || !existsSync(file)) {
    const close = (opts.known ?? []).filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
    throw usageError(
      `Unknown exercise "${id}"`,
      close.length ? `Did you mean: ${close.join(', ')}?` : `See them all: ${cmd('exercise list')}`,
    );
  }
  if (!opts.cacheDir) return parseExerciseYaml(file, dir);
  const { size, mtimeMs } = statSync(file);
  const key = `${file}|${size}|${mtimeMs}`;
  const cacheFile = join(opts.cacheDir, 'exercises', `${id}.json`);
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; exercise: LoadedExercise };
    if (cached.key === key) return cached.exercise;
  }
  const exercise = await parseExerciseYaml(file, dir);
  mkdirSync(join(opts.cacheDir, 'exercises'), { recursive: true });
  writeAtomic(cacheFile, JSON.stringify({ key, exercise }));
  return exercise;
}

/** Like readExercise, but refuses an exercise that belongs to the other track. */
export async function readTrackExercise(
  id: string,
  track: Track,
  refs: ExerciseRef[],
  opts: { root?: string; cacheDir?: string } = {},
): Promise<LoadedExercise> {
  const exercise = await readExercise(id, { ...opts, known: refs.map((r) => r.id) });
  if (!exerciseFitsTrack(exercise.track, track)) {
    throw usageError(
      `Exercise "${id}" belongs to the ${exercise.track} track; your profile follows the ${track} track`,
      `See your exercises: ${cmd('exercise list')}`,
    );
  }
  return exercise;
}

/** The first exercise of the track not passed yet, in course order; undefined when all are done. */
export function currentExercise(refs: ExerciseRef[], passed: ReadonlySet<string>): ExerciseRef | undefined {
  return refs.find((r) => !passed.has(r.id));
}

/** True when every exercise of `week` in the track has been passed (a week without any is not). */
export function weekAllPassed(refs: ExerciseRef[], week: number, passed: ReadonlySet<string>): boolean {
  const ofWeek = refs.filter((r) => r.week === week);
  return ofWeek.length > 0 && ofWeek.every((r) => passed.has(r.id));
}
