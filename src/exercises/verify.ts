import { UserError } from '../core/errors.js';
import type { LoadedExercise } from '../curriculum/load.js';
import type { Db } from '../store/db.js';
import type { Attempt, AttemptRecorder } from '../store/exercises.js';
import { currentExercise, weekAllPassed, type ExerciseRef } from './catalog.js';
import { ensureModuleWorkspace, learnerFileExists, learnerFilePath } from './learner-file.js';
import { loadChecker } from './registry.js';
import { passedIds } from './state.js';
import type { CheckResult, WarmStore } from './types.js';
import { cmd } from '../core/invocation.js';

/** Generous defaults: they include process start-up (node) and the database restore (sql). */
export const DEFAULT_TIMEOUT_MS: Record<LoadedExercise['checker'], number> = {
  'node-test': 5_000,
  'python-unittest': 10_000,
  sql: 10_000,
  static: 5_000,
};

export interface VerifyOptions {
  workspace: string;
  cacheDir: string;
  /** the learner's track exercises in course order */
  refs: ExerciseRef[];
  timeoutMs?: number;
  notify?: (message: string) => void;
  /** called once the check runs in its own process or thread (CheckContext.running) */
  running?: () => void;
  /** `exercise watch`: what checkers keep warm between its checks */
  warm?: WarmStore;
  /** aborted when the check's result is no longer wanted (CheckContext.signal) */
  signal?: AbortSignal;
}

export interface VerifyOutcome {
  exercise: LoadedExercise;
  file: string;
  result: CheckResult;
  durationMs: number;
  attempt: Attempt;
  /** this verify completed the exercise's week */
  weekCompleted: boolean;
  /** the exercise to do next (the first not passed), if any is left */
  next?: ExerciseRef;
  progress: { passed: number; total: number };
}

/** "7/9 cases passed", or the first line of the error: what the attempt history shows. */
export function summarize(result: CheckResult): string {
  if (result.error) return result.error.split('\n')[0]!.slice(0, 200);
  const passed = result.cases.filter((c) => c.passed).length;
  return `${passed}/${result.cases.length} cases passed`;
}

/**
 * Runs the hidden checks on the learner's file and records the attempt (and the week, when done).
 * `db` may be a function that opens the database: it is called once the check runs (or after it, for
 * a check in this thread), and when it fails nothing is recorded and its error is thrown.
 */
export async function verifyExercise(db: Db | (() => Promise<Db>), exercise: LoadedExercise, opts: VerifyOptions): Promise<VerifyOutcome> {
  const file = learnerFilePath(opts.workspace, exercise);
  if (!learnerFileExists(file)) {
    throw new UserError(`There is no ${file} yet`, 1, `Create it from the starter: ${cmd(`exercise start ${exercise.id}`)}`);
  }
  if (exercise.checker === 'node-test') ensureModuleWorkspace(opts.workspace);
  const checker = await loadChecker(exercise.checker);
  // While the check runs in its own process or thread: the database opens (when the caller left
  // that to now) and the attempt's record is prepared, leaving one commit for after the check.
  // (The store's modules load then too: none of them is needed to start the check.)
  let opening: Promise<Db> | undefined;
  const database = (): Promise<Db> => (opening ??= typeof db === 'function' ? db() : Promise.resolve(db));
  let recorder: Promise<AttemptRecorder> | undefined;
  const prepare = (store: Db) => (recorder ??= import('../store/exercises.js').then(({ prepareAttempt }) => prepareAttempt(store, exercise.id)));
  const running = () => {
    opts.running?.();
    // a failure (a database that refuses even this) comes again after the check, where it is reported
    database().then(prepare).catch(() => undefined);
  };
  // process.hrtime, not performance.now(): the first use of `performance` loads node:perf_hooks (~1.5 ms)
  const started = process.hrtime.bigint();
  const result = await checker.run({
    exercise,
    exerciseDir: exercise.dir,
    learnerFile: file,
    workspace: opts.workspace,
    timeoutMs: opts.timeoutMs ?? exercise.timeoutMs ?? DEFAULT_TIMEOUT_MS[exercise.checker],
    cacheDir: opts.cacheDir,
    ...(opts.notify ? { notify: opts.notify } : {}),
    running,
    ...(opts.warm ? { warm: opts.warm } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  const store = await database();
  const [record, { exerciseStates }, { completedWeeks, markWeekComplete }] = await Promise.all([prepare(store), import('../store/exercises.js'), import('../store/weeks.js')]);
  const attempt = record({ passed: result.passed, durationMs, summary: summarize(result) });

  const passed = passedIds(exerciseStates(store));
  let weekCompleted = false;
  if (result.passed && weekAllPassed(opts.refs, exercise.week, passed) && !completedWeeks(store).has(exercise.week)) {
    markWeekComplete(store, exercise.week, 'exercises');
    weekCompleted = true;
  }
  const next = currentExercise(opts.refs, passed);
  return {
    exercise,
    file,
    result,
    durationMs,
    attempt,
    weekCompleted,
    ...(next ? { next } : {}),
    progress: { passed: opts.refs.filter((r) => passed.has(r.id)).length, total: opts.refs.length },
  };
}
