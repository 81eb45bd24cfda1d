import type { Command } from 'commander';
import { usageError } from '../core/errors.js';
import { currentWeek, TOTAL_WEEKS } from '../core/pace.js';
import { parseWeekNumber } from '../core/week-number.js';
import type { Track } from '../curriculum/schema.js';
import { parseTrackOption, trackFlag } from '../curriculum/tracks.js';
import { cmd } from '../core/invocation.js';
import type { Db } from '../store/db.js';

interface WeekOptions {
  list?: boolean;
  track?: string;
  done?: boolean;
  force?: boolean;
  undo?: boolean;
  json?: boolean;
  pager?: boolean;
}

/**
 * Marking a week done while some of its exercises have not passed is allowed (the learner may have
 * solved them elsewhere), but asked about first; without a terminal it needs --force.
 */
async function confirmUnfinished(db: Db, track: Track, week: number): Promise<boolean> {
  const [{ trackExercises }, { exerciseStates }, { passedIds }] = await Promise.all([
    import('../exercises/catalog.js'),
    import('../store/exercises.js'),
    import('../exercises/state.js'),
  ]);
  const passed = passedIds(exerciseStates(db));
  const open = (await trackExercises(track)).filter((e) => e.week === week && !passed.has(e.id)).map((e) => e.id);
  if (open.length === 0) return true;
  const { canPrompt, prompts } = await import('../ui/prompts.js');
  const what = `Week ${week} has ${open.length} exercise${open.length === 1 ? '' : 's'} not passed yet (${open.join(', ')})`;
  if (!canPrompt()) throw usageError(`${what}: pass --force to mark it complete anyway`, `Or finish them first: backend-roadmap exercise verify ${open[0]}`);
  const { confirm } = await prompts();
  return confirm({ message: `${what}. Mark it complete anyway?`, default: false });
}

async function runWeek(weekArg: string | undefined, opts: WeekOptions): Promise<void> {
  const explicitWeek = weekArg === undefined ? undefined : parseWeekNumber(weekArg);
  const trackOverride = parseTrackOption(opts.track);
  if (opts.done && opts.undo) throw usageError('Use either --done or --undo, not both');

  if (opts.force && !opts.done) throw usageError('--force goes with --done: it marks a week complete without asking');
  const [{ openStoreIfExists }, { getProfile, openWithProfile }] = await Promise.all([import('../store/open.js'), import('../store/profile.js')]);
  if (opts.done || opts.undo) {
    const { db, profile: { track } } = await openWithProfile();
    if (explicitWeek === undefined) throw usageError(`Say which week: ${cmd(`week <1-${TOTAL_WEEKS}> ${opts.done ? '--done' : '--undo'}`)}`);
    const { markWeekComplete, markWeekIncomplete } = await import('../store/weeks.js');
    const { line, success } = await import('../ui/output.js');
    if (opts.done && !opts.force && !(await confirmUnfinished(db, track, explicitWeek))) return line('Nothing changed.');
    if (opts.done) markWeekComplete(db, explicitWeek, 'manual');
    else markWeekIncomplete(db, explicitWeek);
    success(`Week ${explicitWeek} marked ${opts.done ? 'complete' : 'not complete'}.`);
    return;
  }

  // reading a lesson before `init` is fine: no database is created for it
  const db = await openStoreIfExists();
  const profile = db && getProfile(db);
  const track = trackOverride ?? profile?.track ?? 'node';
  let week = explicitWeek;
  if (week === undefined) {
    const { completedWeeks } = await import('../store/weeks.js');
    week = db && profile ? currentWeek(new Set(completedWeeks(db).keys())) : 1;
  }
  const { loadWeek, readLesson } = await import('../curriculum/load.js');
  const data = loadWeek(week);
  if (opts.json) {
    const { printJson } = await import('../ui/output.js');
    const { dir: _dir, ...rest } = data;
    printJson({ ...rest, track });
    return;
  }
  if (opts.list) {
    const { printTopics } = await import('../ui/week-view.js');
    printTopics(data);
    return;
  }
  const [{ filterLessonForTrack }, { printLesson }] = await Promise.all([
    import('../curriculum/track-filter.js'),
    import('../ui/week-view.js'),
  ]);
  if (db && profile) {
    const { recordLessonView } = await import('../store/lessons.js');
    recordLessonView(db, week);
  }
  await printLesson(data, filterLessonForTrack(readLesson(data), track), opts.pager !== false);
}

export function registerWeek(program: Command): void {
  program
    .command('week')
    .argument('[number]', `week 1-${TOTAL_WEEKS} (default: your current week)`)
    .description("read a week's lesson in your track's language, list its topics, or mark it done")
    .option('--list', "list the week's goals and topics only")
    .option('--track <track>', 'show code for node or python instead of your track', trackFlag)
    .option('--done', 'mark the week complete (asks first when some of its exercises have not passed)')
    .option('--force', 'with --done: do not ask, even when exercises are unfinished')
    .option('--undo', 'mark the week not complete')
    .option('--json', 'print the week (goals, topics, project, quiz) as JSON')
    .option('--no-pager', 'print straight to the terminal instead of through $PAGER / less')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap week\n  $ backend-roadmap week 5 --list\n  $ backend-roadmap week 7 --track python\n  $ backend-roadmap week 2 --done\n  $ backend-roadmap week 2 --done --force   # without a terminal, with exercises unfinished')
    .action(runWeek);
}
