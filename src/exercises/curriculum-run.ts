import { join } from 'node:path';
import type { LoadedExercise } from '../curriculum/load.js';
import { hasChecker, loadChecker } from './registry.js';
import type { CheckResult } from './types.js';

export interface ExerciseVerdict {
  exercise: LoadedExercise;
  /** 'ok': starter fails and solution passes; 'wrong': either does not; 'skipped': no checker yet */
  status: 'ok' | 'wrong' | 'skipped';
  starter?: CheckResult;
  solution?: CheckResult;
  /** why it is wrong or skipped */
  reason?: string;
  durationMs: number;
}

const score = (r: CheckResult) => `${r.cases.filter((c) => c.passed).length}/${r.cases.length}`;

function firstProblem(r: CheckResult): string {
  if (r.error) return r.error.split('\n')[0]!;
  const failed = r.cases.find((c) => !c.passed);
  return failed ? `"${failed.name}" fails${failed.message ? `: ${failed.message.split('\n')[0]}` : ''}` : 'no cases ran';
}

/** The rustlings rule for one exercise: its starter must fail and its solution must pass. */
export async function judgeExercise(exercise: LoadedExercise, cacheDir: string, timeoutMs: number): Promise<ExerciseVerdict> {
  const started = performance.now();
  if (!hasChecker(exercise.checker)) {
    return { exercise, status: 'skipped', reason: `the ${exercise.checker} checker is not available yet`, durationMs: 0 };
  }
  const checker = await loadChecker(exercise.checker);
  const run = (file: string) =>
    checker.run({ exercise, exerciseDir: exercise.dir, learnerFile: join(exercise.dir, file), timeoutMs, cacheDir }).catch(
      (error: unknown): CheckResult => ({ passed: false, cases: [], output: '', error: `checker crashed: ${(error as Error).message}` }),
    );
  // Solution first: for SQL it also fills the cache of expected results the starter run reuses.
  const solution = await run(exercise.solution);
  const starter = await run(exercise.starter);
  const reasons = [
    solution.passed ? '' : `solution fails: ${firstProblem(solution)}`,
    starter.passed ? `starter passes (${score(starter)}): it must fail` : '',
  ].filter(Boolean);
  return {
    exercise,
    status: reasons.length ? 'wrong' : 'ok',
    starter,
    solution,
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
    durationMs: performance.now() - started,
  };
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the input order in the result. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>, onDone?: (r: R) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
      onDone?.(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
