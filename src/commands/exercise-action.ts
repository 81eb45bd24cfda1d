// The `exercise` subcommands' actions, apart from their declarations (exercise.ts): `exercise verify`
// runs without commander too (direct-commands.ts).
import { EXIT, usageError } from '../core/errors.js';
import { cacheDir, dataDir } from '../core/paths.js';
import type { LoadedExercise } from '../curriculum/load.js';
import type { ExerciseRef } from '../exercises/catalog.js';
import type { LastVerify } from '../exercises/last-verify.js';
import type { VerifyOutcome } from '../exercises/verify.js';
import { parseWeekNumber } from '../core/week-number.js';
import { cmd } from '../core/invocation.js';

// Each action loads the store, the curriculum and the checkers itself: `--help` stays instant.

async function context() {
  const [{ openWithProfile }, { trackExercises }] = await Promise.all([import('../store/profile.js'), import('../exercises/catalog.js')]);
  const { db, profile } = await openWithProfile();
  return { db, profile, refs: await trackExercises(profile.track), cacheDir: await cacheDir() };
}

type Context = Awaited<ReturnType<typeof context>>;

/** The id given, else the current exercise (the first not passed); undefined once all have passed. */
async function targetId(ctx: Context, id: string | undefined): Promise<string | undefined> {
  if (id !== undefined) return id;
  const [{ currentExercise }, { exerciseStates }, { passedIds }] = await Promise.all([
    import('../exercises/catalog.js'),
    import('../store/exercises.js'),
    import('../exercises/state.js'),
  ]);
  return currentExercise(ctx.refs, passedIds(exerciseStates(ctx.db)))?.id;
}

/**
 * The learner's exercise by id, or the current one when no id is given: unknown ids and
 * other-track ids are usage errors.
 */
async function exerciseById(id: string | undefined) {
  const ctx = await context();
  const target = await targetId(ctx, id);
  if (target === undefined) {
    throw usageError('Every exercise of your track has passed, so there is no current one: name one', 'See them all: backend-roadmap exercise list');
  }
  const { readTrackExercise } = await import('../exercises/catalog.js');
  return { ...ctx, exercise: await readTrackExercise(target, ctx.profile.track, ctx.refs, { cacheDir: ctx.cacheDir }) };
}

function parseTimeout(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 100 || n > 600_000) throw usageError(`--timeout must be milliseconds between 100 and 600000, got ${JSON.stringify(text)}`);
  return n;
}

/** Asks before something destructive unless --yes; without a terminal, --yes is required. */
async function confirmed(message: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(['--yes']);
  const { confirm } = await prompts();
  return confirm({ message, default: false });
}

export async function runList(opts: { week?: string; json?: boolean }): Promise<void> {
  const week = opts.week === undefined ? undefined : parseWeekNumber(opts.week, '--week');
  const { db, profile } = await context();
  const [{ listTrackExercises, currentExercise }, { exerciseStates }, { exerciseRows, passedIds }] = await Promise.all([
    import('../exercises/catalog.js'),
    import('../store/exercises.js'),
    import('../exercises/state.js'),
  ]);
  const all = await listTrackExercises(profile.track);
  const states = exerciseStates(db);
  const rows = exerciseRows(week === undefined ? all : all.filter((e) => e.week === week), states, profile.workspace);
  if (opts.json) {
    const { printJson } = await import('../ui/output.js');
    return printJson(rows);
  }
  const { printExerciseList } = await import('../ui/exercise-list-view.js');
  printExerciseList(rows, currentExercise(all, passedIds(states))?.id);
}

export async function runStart(id: string | undefined): Promise<void> {
  const { db, profile, exercise } = await exerciseById(id);
  const [{ startExercise }, { markStarted }, { ensureModuleWorkspace }, { printTask }] = await Promise.all([
    import('../exercises/workspace-files.js'),
    import('../store/exercises.js'),
    import('../exercises/learner-file.js'),
    import('../ui/exercise-view.js'),
  ]);
  if (exercise.checker === 'node-test') ensureModuleWorkspace(profile.workspace);
  const { file, created } = startExercise(exercise, profile.workspace);
  markStarted(db, exercise.id);
  printTask(exercise, file, created);
}

export async function runVerify(id: string | undefined, opts: { timeout?: string }): Promise<void> {
  const timeoutMs = opts.timeout === undefined ? undefined : parseTimeout(opts.timeout);
  // The report's module (chalk and all) loads once the check runs in its child process or worker
  // (sooner, it would delay the check's start), or for a note, or after a check in this thread.
  let loadReport!: () => void;
  const report = new Promise<void>((resolve) => (loadReport = resolve)).then(() => import('../ui/exercise-report.js'));
  const hooks = {
    notify: (message: string) => {
      loadReport();
      void report.then(({ note }) => note(message));
    },
    running: loadReport,
    ...(timeoutMs ? { timeoutMs } : {}),
  };
  const [{ verifyExercise }, { readLastVerify, saveLastVerify, sameProfile }, data] = await Promise.all([
    import('../exercises/verify.js'),
    import('../exercises/last-verify.js'),
    dataDir(),
  ]);
  const last = readLastVerify(data);
  const ahead = last && (await headStart(last, id));
  let checked: { ctx: Context; outcome: VerifyOutcome } | undefined;
  if (ahead) {
    // The check starts with the last verify's workspace; the database opens while it runs. When the
    // profile no longer matches it (or the database fails to open), the check is aborted and the
    // verify starts again the usual way, where any error is reported as it always was.
    const controller = new AbortController();
    let confirmed: Context | undefined;
    const open = async () => {
      try {
        const ctx = await context();
        if (sameProfile(last, ctx.profile) && (await targetId(ctx, id)) === ahead.exercise.id) return (confirmed = ctx).db;
      } catch {
        // reported by the usual way, which meets it again
      }
      controller.abort();
      throw new Error('the last verify no longer matches the progress database');
    };
    const options = { ...hooks, workspace: last.workspace, cacheDir: ahead.cacheDir, refs: ahead.refs, signal: controller.signal };
    try {
      const outcome = await verifyExercise(open, ahead.exercise, options);
      checked = { ctx: confirmed!, outcome };
    } catch (error) {
      if (confirmed) throw error; // the check was the right one: its error is the verify's
    }
  }
  if (!checked) {
    const ctx = await context();
    const target = await targetId(ctx, id);
    if (!target) {
      const { success } = await import('../ui/output.js');
      return success('Every exercise of your track has passed: nothing left to verify. Name one to re-check it.');
    }
    const { readTrackExercise } = await import('../exercises/catalog.js');
    const exercise = await readTrackExercise(target, ctx.profile.track, ctx.refs, { cacheDir: ctx.cacheDir });
    checked = { ctx, outcome: await verifyExercise(ctx.db, exercise, { ...hooks, workspace: ctx.profile.workspace, cacheDir: ctx.cacheDir, refs: ctx.refs }) };
  }
  const { ctx, outcome } = checked;
  saveLastVerify(data, { workspace: ctx.profile.workspace, track: ctx.profile.track, ...(outcome.next ? { current: outcome.next.id } : {}) }, last);
  loadReport();
  const { printVerifyOutcome } = await report;
  if (outcome.result.passed) return printVerifyOutcome(outcome);
  // A failure shows the latest hint seen (the first one the first time) and records it as shown,
  // so the next `exercise hint` moves on instead of repeating it.
  const { exercise } = outcome;
  const { showHintsAtLeast } = await import('../store/exercises.js');
  const shown = exercise.hints.length ? showHintsAtLeast(ctx.db, exercise.id, 1) : 0;
  printVerifyOutcome(outcome, shown ? { hint: { number: shown, total: exercise.hints.length, text: exercise.hints[shown - 1]! } } : {});
  process.exitCode = EXIT.failure;
}

/**
 * What a verify can start from the last one's file alone, before the database is open: the exercise
 * named (or the one current then) when it is that track's. Anything else, errors included, is left
 * to the usual way (as is a missing learner file: verifyExercise fails before the database is asked).
 */
async function headStart(last: LastVerify, id: string | undefined): Promise<{ exercise: LoadedExercise; refs: ExerciseRef[]; cacheDir: string } | undefined> {
  const target = id ?? last.current;
  if (target === undefined) return undefined;
  try {
    const [{ trackExercises, readTrackExercise }, cache] = await Promise.all([import('../exercises/catalog.js'), cacheDir()]);
    const refs = await trackExercises(last.track);
    return { exercise: await readTrackExercise(target, last.track, refs, { cacheDir: cache }), refs, cacheDir: cache };
  } catch {
    return undefined;
  }
}

export async function runHint(id: string | undefined): Promise<void> {
  const { db, exercise } = await exerciseById(id);
  const [{ revealHint }, { printHint }] = await Promise.all([import('../store/exercises.js'), import('../ui/exercise-view.js')]);
  printHint(exercise, revealHint(db, exercise.id, exercise.hints.length));
}

export async function runSolution(id: string | undefined, opts: { force?: boolean; yes?: boolean }): Promise<void> {
  const { db, exercise } = await exerciseById(id);
  const { exerciseState } = await import('../store/exercises.js');
  const passed = Boolean(exerciseState(db, exercise.id).passedAt);
  if (!passed && !opts.force) {
    throw usageError(
      `You have not passed ${exercise.id} yet, so its solution stays hidden`,
      `Try a hint first (${cmd(`exercise hint ${exercise.id}`)}), or see it anyway with --force.`,
    );
  }
  const { line } = await import('../ui/output.js');
  if (!passed && !(await confirmed(`Show the solution of ${exercise.id} before you have solved it?`, opts.yes))) {
    return line('Kept hidden. Keep going!');
  }
  const [{ readSolution }, { printSolution }] = await Promise.all([import('../exercises/workspace-files.js'), import('../ui/exercise-view.js')]);
  printSolution(exercise, readSolution(exercise));
}

export async function runReset(id: string | undefined, opts: { yes?: boolean }): Promise<void> {
  const { profile, exercise } = await exerciseById(id);
  const { line, success } = await import('../ui/output.js');
  if (!(await confirmed(`Replace your ${exercise.id} file with the starter? (a .bak copy is kept)`, opts.yes))) {
    return line('Nothing changed.');
  }
  const { resetExercise } = await import('../exercises/workspace-files.js');
  const { file, backup } = resetExercise(exercise, profile.workspace);
  success(`${file} is the starter again.${backup ? ` Your version is in ${backup}` : ''}`);
}

/** Ctrl-C and SIGTERM end a watch like any interrupted command: 128 + the signal number. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export async function runWatch(opts: { poll?: boolean; timeout?: string }): Promise<void> {
  const timeoutMs = opts.timeout === undefined ? undefined : parseTimeout(opts.timeout);
  const { db, profile, cacheDir: cache } = await context();
  const [{ loadTrackExercises }, { startWatch }, { terminalWatchView, bindWatchKeys }, { canPrompt }] = await Promise.all([
    import('../exercises/catalog.js'),
    import('../exercises/watch.js'),
    import('../ui/watch-view.js'),
    import('../ui/prompts.js'),
  ]);
  const keys = canPrompt();
  const session = startWatch({
    db,
    workspace: profile.workspace,
    cacheDir: cache,
    exercises: await loadTrackExercises(profile.track),
    view: terminalWatchView({ keys, redraw: Boolean(process.stdout.isTTY) }),
    ...(opts.poll ? { polling: true } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  const unbind = keys ? bindWatchKeys(session) : undefined;
  let signalled: keyof typeof SIGNAL_EXIT | undefined;
  const stop = (signal: keyof typeof SIGNAL_EXIT) => {
    signalled = signal;
    void session.quit();
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    await session.done;
  } finally {
    unbind?.();
    // a check still running when the learner quits is killed by run-child's exit handler
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
  if (signalled) process.exitCode = SIGNAL_EXIT[signalled];
}
