import type { Command } from 'commander';
import { usageError } from '../core/errors.js';
import { currentWeek, TOTAL_WEEKS } from '../core/pace.js';
import { parseWeekNumber } from '../core/week-number.js';
import { parseTrackOption, trackFlag } from '../curriculum/tracks.js';
import { cmd } from '../core/invocation.js';

interface WeekOptions {
  list?: boolean;
  track?: string;
  done?: boolean;
  undo?: boolean;
  json?: boolean;
  pager?: boolean;
}

async function runWeek(weekArg: string | undefined, opts: WeekOptions): Promise<void> {
  const explicitWeek = weekArg === undefined ? undefined : parseWeekNumber(weekArg);
  const trackOverride = parseTrackOption(opts.track);
  if (opts.done && opts.undo) throw usageError('Use either --done or --undo, not both');

  const [{ openStore }, { getProfile, requireProfile }] = await Promise.all([import('../store/open.js'), import('../store/profile.js')]);
  const db = await openStore();
  if (opts.done || opts.undo) {
    requireProfile(db);
    if (explicitWeek === undefined) throw usageError(`Say which week: ${cmd(`week <1-${TOTAL_WEEKS}> ${opts.done ? '--done' : '--undo'}`)}`);
    const { markWeekComplete, markWeekIncomplete } = await import('../store/weeks.js');
    const { success } = await import('../ui/output.js');
    if (opts.done) markWeekComplete(db, explicitWeek, 'manual');
    else markWeekIncomplete(db, explicitWeek);
    success(`Week ${explicitWeek} marked ${opts.done ? 'complete' : 'not complete'}.`);
    return;
  }

  const profile = getProfile(db);
  const track = trackOverride ?? profile?.track ?? 'node';
  let week = explicitWeek;
  if (week === undefined) {
    const { completedWeeks } = await import('../store/weeks.js');
    week = profile ? currentWeek(new Set(completedWeeks(db).keys())) : 1;
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
  if (profile) {
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
    .option('--done', 'mark the week complete')
    .option('--undo', 'mark the week not complete')
    .option('--json', 'print the week (goals, topics, project, quiz) as JSON')
    .option('--no-pager', 'print straight to the terminal instead of through $PAGER / less')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap week\n  $ backend-roadmap week 5 --list\n  $ backend-roadmap week 7 --track python\n  $ backend-roadmap week 2 --done')
    .action(runWeek);
}
