import type { LoadedExercise } from '../curriculum/load.js';
import type { Db } from '../store/db.js';
import { exerciseState, exerciseStates, markStarted, revealHint } from '../store/exercises.js';
import { summarizeExercise } from '../curriculum/exercise-list.js';
import { currentExercise, type ExerciseRef } from './catalog.js';
import { watchFile, type FileWatcher } from './file-watcher.js';
import { exerciseRows, passedIds, type ExerciseRow } from './state.js';
import { verifyExercise, type VerifyOutcome } from './verify.js';
import { createWarmStore } from './warm-store.js';
import { startExercise } from './workspace-files.js';

/** How a watch session shows itself; the command supplies a terminal implementation. */
export interface WatchView {
  /** `hintsShown`: how many of its hints the learner has seen already (from any command) */
  started(exercise: LoadedExercise, file: string, progress: { passed: number; total: number }, hintsShown: number): void;
  checking(exercise: LoadedExercise): void;
  result(outcome: VerifyOutcome): void;
  hint(exercise: LoadedExercise, number: number, text: string, total: number): void;
  list(rows: ExerciseRow[]): void;
  notice(message: string): void;
  failed(error: unknown): void;
  allDone(total: number): void;
}

export interface WatchDeps {
  db: Db;
  workspace: string;
  cacheDir: string;
  /** the track's exercises, loaded, in course order */
  exercises: LoadedExercise[];
  view: WatchView;
  timeoutMs?: number;
  polling?: boolean;
}

export interface WatchSession {
  /** settles when the learner quits or every exercise has passed */
  done: Promise<void>;
  hint(): void;
  list(): void;
  quit(): Promise<void>;
}

/**
 * rustlings-style loop: check the current exercise, re-check whenever its file is saved, and move
 * on to the next one (creating it from its starter) as soon as it passes.
 */
export function startWatch(deps: WatchDeps): WatchSession {
  const { db, view } = deps;
  const refs: ExerciseRef[] = deps.exercises.map((e) => ({ id: e.id, week: e.week }));
  const byId = new Map(deps.exercises.map((e) => [e.id, e]));
  let current: LoadedExercise | undefined;
  let watcher: FileWatcher | undefined;
  let running = false;
  let stopped = false;
  let again = false;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  // e.g. the SQL checker's worker, with the database for the next check made while the learner edits
  const warm = createWarmStore();

  const passed = () => passedIds(exerciseStates(db));

  async function open(exercise: LoadedExercise): Promise<void> {
    current = exercise;
    const { file } = startExercise(exercise, deps.workspace);
    markStarted(db, exercise.id);
    const ids = passed();
    view.started(exercise, file, { passed: refs.filter((r) => ids.has(r.id)).length, total: refs.length }, exerciseState(db, exercise.id).hintsShown);
    await watcher?.close();
    watcher = watchFile(file, { onChange: () => void check(), onNotice: view.notice, ...(deps.polling ? { polling: true } : {}) });
    await check();
  }

  // One check at a time; saves during a check queue exactly one more.
  async function check(): Promise<void> {
    if (!current) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    let passedNow = false;
    try {
      view.checking(current);
      const opts = { workspace: deps.workspace, cacheDir: deps.cacheDir, refs, notify: view.notice, warm, ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) };
      const outcome = await verifyExercise(db, current, opts);
      if (stopped) return; // the learner quit during the check: its result is of no interest now
      view.result(outcome);
      passedNow = outcome.result.passed;
    } catch (error) {
      if (!stopped) view.failed(error);
    } finally {
      running = false;
    }
    if (stopped) return;
    again = again && !passedNow;
    if (passedNow) await advance();
    else if (again) {
      again = false;
      await check();
    }
  }

  async function advance(): Promise<void> {
    const next = currentExercise(refs, passed());
    if (!next) {
      view.allDone(refs.length);
      await quit();
      return;
    }
    await open(byId.get(next.id)!);
  }

  async function quit(): Promise<void> {
    stopped = true;
    current = undefined;
    await watcher?.close();
    await warm.close();
    finish();
  }

  const first = currentExercise(refs, passed());
  if (first) void open(byId.get(first.id)!).catch((error: unknown) => view.failed(error));
  else {
    view.allDone(refs.length);
    finish();
  }

  return {
    done,
    quit,
    hint: () => {
      if (!current) return;
      const shown = revealHint(db, current.id, current.hints.length);
      view.hint(current, shown, current.hints[shown - 1]!, current.hints.length);
    },
    // The current week only: the whole course is `exercise list`.
    list: () => {
      const week = current ? deps.exercises.filter((e) => e.week === current?.week) : deps.exercises;
      view.list(exerciseRows(week.map(summarizeExercise), exerciseStates(db), deps.workspace));
    },
  };
}
