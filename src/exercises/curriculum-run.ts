import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExercise } from '../curriculum/load.js';
import { loadChecker } from './registry.js';
import type { CheckResult, WarmStore } from './types.js';
import { createWarmStore } from './warm-store.js';

export interface ExerciseVerdict {
  exercise: LoadedExercise;
  /** 'ok': starter and every wrong solution fail, solution passes; 'wrong': any of them does not */
  status: 'ok' | 'wrong';
  starter?: CheckResult;
  solution?: CheckResult;
  /** `wrong/<name>` → its result: plausible wrong answers the checks must reject */
  wrong?: Record<string, CheckResult>;
  /** why it is wrong */
  reason?: string;
  durationMs: number;
}

const score = (r: CheckResult) => `${r.cases.filter((c) => c.passed).length}/${r.cases.length}`;

function firstProblem(r: CheckResult): string {
  if (r.error) return r.error.split('\n')[0]!;
  const failed = r.cases.find((c) => !c.passed);
  return failed ? `"${failed.name}" fails${failed.message ? `: ${failed.message.split('\n')[0]}` : ''}` : 'no cases ran';
}

/** `wrong/*`: plausible wrong answers kept beside the solution (issue 9: checks must reject them). */
export function wrongSolutions(exercise: LoadedExercise): string[] {
  const dir = join(exercise.dir, 'wrong');
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join('wrong', f)) : [];
}

/** The rustlings rule for one exercise: its starter and wrong solutions must fail, its solution must pass. */
export async function judgeExercise(exercise: LoadedExercise, cacheDir: string, timeoutMs: number): Promise<ExerciseVerdict> {
  const started = performance.now();
  const checker = await loadChecker(exercise.checker);
  // The solution is checked as `exercise verify` does, the rest as `exercise watch` re-checks a
  // file (with what checkers keep warm between checks): both ways must judge alike.
  const warm = createWarmStore();
  const run = (file: string, kept?: WarmStore) =>
    checker.run({ exercise, exerciseDir: exercise.dir, learnerFile: join(exercise.dir, file), timeoutMs, cacheDir, ...(kept ? { warm: kept } : {}) }).catch(
      (error: unknown): CheckResult => ({ passed: false, cases: [], output: '', error: `checker crashed: ${(error as Error).message}` }),
    );
  // Solution first: for SQL it also fills the cache of expected results the starter run reuses.
  const solution = await run(exercise.solution);
  const wrong: Record<string, CheckResult> = {};
  let starter: CheckResult;
  try {
    starter = await run(exercise.starter, warm);
    for (const file of wrongSolutions(exercise)) wrong[file] = await run(file, warm);
  } finally {
    await warm.close();
  }
  const reasons = [
    solution.passed ? '' : `solution fails: ${firstProblem(solution)}`,
    starter.passed ? `starter passes (${score(starter)}): it must fail` : '',
    ...Object.entries(wrong).map(([file, r]) => (r.passed ? `${file} passes (${score(r)}): it must fail` : '')),
  ].filter(Boolean);
  return {
    exercise,
    status: reasons.length ? 'wrong' : 'ok',
    starter,
    solution,
    wrong,
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
