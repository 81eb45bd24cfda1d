import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../../core/fingerprint.js';
import { runNodeTests } from './node-run.js';

/**
 * Every case a hidden test file defines, listed at build time (scripts/build.mjs) by running it with
 * --test-only on the reference solution: no case runs, each is reported skipped. A verify compares
 * what the learner's run reported with this list, so a run that drops, adds or renames a case fails.
 */
export const caseListFile = fileURLToPath(new URL('../node-cases.json', import.meta.url));

/** Keyed by exercise id; `hash` is the test file's fingerprint, so an edited test is listed afresh. */
export type CaseLists = Record<string, { hash: string; cases: string[] }>;

interface TestedExercise {
  id: string;
  dir: string;
  test?: string | undefined;
  solution: string;
}

const hashOf = (file: string) => fingerprint(readFileSync(file));

async function listCases(exercise: TestedExercise & { test: string }): Promise<string[]> {
  const { run, lines, forged } = await runNodeTests({
    testFile: join(exercise.dir, exercise.test),
    learnerFile: join(exercise.dir, exercise.solution),
    timeoutMs: 30_000,
    listOnly: true,
  });
  if (forged || !lines.some((l) => l.kind === 'end')) {
    throw new Error(`Could not list the cases of ${exercise.id} (exit code ${run.exitCode}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  }
  return lines.flatMap((l) => (l.kind === 'skip' ? [l.name] : []));
}

let prebuilt: CaseLists | undefined;

/** The case names of an exercise's test: prebuilt when the test is unchanged, else listed now. */
export async function expectedCases(exercise: TestedExercise & { test: string }): Promise<string[]> {
  prebuilt ??= existsSync(caseListFile) ? (JSON.parse(readFileSync(caseListFile, 'utf8')) as CaseLists) : {};
  const entry = prebuilt[exercise.id];
  if (entry && entry.hash === hashOf(join(exercise.dir, exercise.test))) return entry.cases;
  return listCases(exercise);
}

/** The list for every node-test exercise, a few at a time. */
export async function buildCaseLists(exercises: TestedExercise[]): Promise<CaseLists> {
  const todo = exercises.filter((e): e is TestedExercise & { test: string } => Boolean(e.test));
  const lists: CaseLists = {};
  const worker = async () => {
    for (let e = todo.shift(); e; e = todo.shift()) lists[e.id] = { hash: hashOf(join(e.dir, e.test)), cases: await listCases(e) };
  };
  await Promise.all([worker(), worker(), worker()]);
  return Object.fromEntries(Object.entries(lists).sort(([a], [b]) => a.localeCompare(b)));
}
