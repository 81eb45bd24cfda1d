import { constants, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedExercise } from '../curriculum/load.js';
import { learnerFilePath } from './learner-file.js';

export interface StartResult {
  file: string;
  /** false when the learner's file was already there (it is never overwritten) */
  created: boolean;
}

/** Copies the starter into the workspace unless the learner already has the file. */
export function startExercise(exercise: LoadedExercise, workspace: string): StartResult {
  const file = learnerFilePath(workspace, exercise);
  if (existsSync(file)) return { file, created: false };
  mkdirSync(dirname(file), { recursive: true });
  // COPYFILE_EXCL: if the file appeared meanwhile (an editor saving), keep the learner's version.
  try {
    copyFileSync(join(exercise.dir, exercise.starter), file, 1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { file, created: false };
    throw error;
  }
  return { file, created: true };
}

export interface ResetResult {
  file: string;
  /** where the learner's previous file went, when there was one */
  backup?: string;
}

/** Puts the starter back; the learner's file is kept as `<file>.bak`, `<file>.bak.2`, …: no backup is ever replaced. */
export function resetExercise(exercise: LoadedExercise, workspace: string): ResetResult {
  const file = learnerFilePath(workspace, exercise);
  mkdirSync(dirname(file), { recursive: true });
  const backup = existsSync(file) ? keepBackup(file) : undefined;
  copyFileSync(join(exercise.dir, exercise.starter), file);
  return backup ? { file, backup } : { file };
}

/** Copies to the first free backup name; COPYFILE_EXCL so a backup made meanwhile is never overwritten. */
function keepBackup(file: string): string {
  for (let n = 1; ; n++) {
    const backup = n === 1 ? `${file}.bak` : `${file}.bak.${n}`;
    try {
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export function readSolution(exercise: LoadedExercise): string {
  return readFileSync(join(exercise.dir, exercise.solution), 'utf8');
}
