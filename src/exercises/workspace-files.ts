import { constants, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedExercise } from '../curriculum/load.js';
import { UserError } from '../core/errors.js';
import { writesInside } from '../core/real-path.js';
import { learnerFileExists, learnerFilePath } from './learner-file.js';

/** A learner file whose path (a week folder, the file itself) is a symlink out of the workspace is never written. */
function inWorkspace(file: string, workspace: string): string {
  if (!writesInside(file, workspace)) {
    throw new UserError(`${file} leads outside your workspace through a symbolic link; refusing to write there`, 1, 'Replace the link with a real file or folder.');
  }
  return file;
}

export interface StartResult {
  file: string;
  /** false when the learner's file was already there (it is never overwritten) */
  created: boolean;
}

/** Copies the starter into the workspace unless the learner already has the file. */
export function startExercise(exercise: LoadedExercise, workspace: string): StartResult {
  const file = learnerFilePath(workspace, exercise);
  if (learnerFileExists(file)) return { file, created: false };
  inWorkspace(file, workspace);
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
  const file = inWorkspace(learnerFilePath(workspace, exercise), workspace);
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
