import { existsSync } from 'node:fs';
import type { ExerciseSummary } from '../curriculum/exercise-list.js';
import type { ExerciseState } from '../store/exercises.js';
import { learnerFilePath } from './learner-file.js';

/** One line of `exercise list` (and its --json form). */
export interface ExerciseRow {
  id: string;
  week: number;
  order: number;
  title: string;
  difficulty: ExerciseSummary['difficulty'];
  checker: ExerciseSummary['checker'];
  state: 'pending' | 'passed';
  /** the learner's file exists in the workspace */
  started: boolean;
  attempts: number;
  hintsShown: number;
  hintsTotal: number;
  passedAt: string | null;
  lastAttemptAt: string | null;
  file: string;
}

export function exerciseRows(exercises: ExerciseSummary[], states: Map<string, ExerciseState>, workspace: string): ExerciseRow[] {
  return exercises.map((e) => {
    const s = states.get(e.id);
    const file = learnerFilePath(workspace, e);
    return {
      id: e.id,
      week: e.week,
      order: e.order,
      title: e.title,
      difficulty: e.difficulty,
      checker: e.checker,
      state: s?.passedAt ? 'passed' : 'pending',
      started: existsSync(file),
      attempts: s?.attempts ?? 0,
      hintsShown: s?.hintsShown ?? 0,
      hintsTotal: e.hintCount,
      passedAt: s?.passedAt ?? null,
      lastAttemptAt: s?.lastAttemptAt ?? null,
      file,
    };
  });
}

export function passedIds(states: Map<string, ExerciseState>): Set<string> {
  return new Set([...states.values()].filter((s) => s.passedAt).map((s) => s.exerciseId));
}
