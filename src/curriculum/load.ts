import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../core/errors.js';
import { curriculumDir } from '../core/paths.js';
import { exerciseSchema, weekSchema, type Exercise, type Week } from './schema.js';

export const WEEK_COUNT = 16;

export interface LoadedWeek extends Week {
  /** folder holding week.yaml and lesson.md */
  dir: string;
}

export interface LoadedExercise extends Exercise {
  /** curriculum/exercises/<id> */
  dir: string;
}

function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  if (!existsSync(file)) throw new UserError(`Curriculum file ${file} is missing`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`Curriculum file ${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`Curriculum file ${file} is invalid: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** Every week, 1..16, validated. Throws a UserError naming the first bad file. */
export function loadWeeks(root = curriculumDir): LoadedWeek[] {
  const weeksDir = join(root, 'weeks');
  const weeks = subfolders(weeksDir).map((folder) => {
    const dir = join(weeksDir, folder);
    const week = readYaml(join(dir, 'week.yaml'), weekSchema);
    if (!folder.startsWith(String(week.week).padStart(2, '0'))) {
      throw new UserError(`Curriculum folder ${folder} holds week ${week.week}: the folder must start with its number`);
    }
    return { ...week, dir };
  });
  return weeks.sort((a, b) => a.week - b.week);
}

export function loadWeek(n: number, root = curriculumDir): LoadedWeek {
  const folder = subfolders(join(root, 'weeks')).find((f) => f.startsWith(`${String(n).padStart(2, '0')}-`));
  if (!folder) throw new UserError(`Week ${n} is missing from the curriculum`);
  const dir = join(root, 'weeks', folder);
  return { ...readYaml(join(dir, 'week.yaml'), weekSchema), dir };
}

export function readLesson(week: LoadedWeek): string {
  return readFileSync(join(week.dir, 'lesson.md'), 'utf8');
}

/** Every exercise (all tracks), sorted by week then order. */
export function loadExercises(root = curriculumDir): LoadedExercise[] {
  const exercisesDir = join(root, 'exercises');
  return subfolders(exercisesDir)
    .map((folder) => {
      const dir = join(exercisesDir, folder);
      const exercise = readYaml(join(dir, 'exercise.yaml'), exerciseSchema);
      if (exercise.id !== folder) throw new UserError(`Exercise folder ${folder} declares id ${exercise.id}`);
      return { ...exercise, dir };
    })
    .sort((a, b) => a.week - b.week || a.order - b.order);
}
