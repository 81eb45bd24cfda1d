import { UserError } from '../core/errors.js';
import type { LoadedExercise } from '../curriculum/load.js';
import type { WatchSession, WatchView } from '../exercises/watch.js';
import { printCheckResult } from './exercise-report.js';
import { printExerciseList } from './exercise-list-view.js';
import { hintLine } from './exercise-view.js';
import { renderMarkdown } from './markdown.js';
import { line, warn } from './output.js';
import { progressBar } from './progress-bar.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';

const keysLine = (keys: boolean) => c.dim(keys ? 'Keys: h next hint · l list · q quit' : 'No terminal for keys: stop with Ctrl-C.');

/** Cursor home, then erase the screen: each check starts on a fresh screen instead of scrolling. */
const CLEAR = '\x1b[H\x1b[2J';

export interface WatchViewOptions {
  /** h / l / q work (stdin is a terminal) */
  keys: boolean;
  /** stdout is a terminal: clear and redraw on every check; otherwise append only (logs, pipes) */
  redraw: boolean;
}

/** "press h for the next hint (2 of 3 left)", or what to do once every hint is shown. */
function stuckLine(exercise: LoadedExercise, shown: number, keys: boolean): string {
  const left = exercise.hints.length - shown;
  if (exercise.hints.length === 0) return 'This exercise has no hints: re-read the task above.';
  if (left <= 0) return `All ${exercise.hints.length} hints shown${keys ? ' (h shows the last one again)' : ''}.`;
  const how = keys ? 'press h' : `run ${cmd(`exercise hint ${exercise.id}`)}`;
  return `Stuck? ${how} for the next hint (${left} of ${exercise.hints.length} left).`;
}

/** The terminal face of `exercise watch`. */
export function terminalWatchView({ keys, redraw }: WatchViewOptions): WatchView {
  let current: LoadedExercise | undefined;
  let header: () => void = () => undefined;
  let shown = 0;

  return {
    started(exercise, file, progress, hintsShown) {
      current = exercise;
      shown = hintsShown;
      // The task first and the exercise's name, file and keys last: on a small screen the long
      // task scrolls away, while what the learner needs next stays right above the results.
      header = () => {
        line(renderMarkdown(exercise.task).trimEnd());
        line();
        line(`${c.bold(`Week ${exercise.week} · ${exercise.title}`)} ${c.dim(`(${exercise.id})`)}  ${progressBar(progress.total ? progress.passed / progress.total : 0, 12)} ${progress.passed}/${progress.total} exercises`);
        line(`Edit ${c.bold(file)} and save: it is checked on every save.`);
        line(keysLine(keys));
      };
      if (!redraw) {
        line();
        header();
      }
    },
    checking(exercise) {
      if (redraw) {
        process.stdout.write(CLEAR);
        header();
      }
      line(c.dim(`… checking ${exercise.id}`));
    },
    result(o) {
      const ok = o.result.passed;
      const counted = o.result.cases.length ? ` ${o.result.cases.filter((k) => k.passed).length}/${o.result.cases.length} cases` : '';
      line(`${ok ? sym.ok : sym.fail} ${o.exercise.id}${counted} ${c.dim(new Date().toLocaleTimeString())}`);
      printCheckResult(o.result, o.exercise.checker);
      if (o.weekCompleted) line(`${c.green('★')} Week ${o.exercise.week} complete!`);
      if (!ok && current) {
        // The latest hint stays on screen across redraws: the learner is working with it.
        if (redraw && shown > 0) line(hintLine(current, shown));
        line(c.dim(stuckLine(current, shown, keys)));
      }
    },
    hint(exercise, number) {
      shown = number;
      line(hintLine(exercise, number));
      line(c.dim(stuckLine(exercise, shown, keys)));
    },
    list(rows) {
      printExerciseList(rows, current?.id);
    },
    notice(message) {
      line(`${sym.warn} ${message}`);
    },
    failed(error) {
      warn(error instanceof Error ? error.message : String(error));
      if (error instanceof UserError && error.hint) line(c.dim(error.hint));
    },
    allDone(total) {
      if (total === 0) line('Your track has no exercises yet: nothing to watch.');
      else line(`${c.green('★')} All ${total} exercises of your track pass. Nothing left to watch.`);
    },
  };
}

/**
 * h / l / q in raw mode; Ctrl-C (a plain byte in raw mode) is turned back into SIGINT, so it ends
 * the session like Ctrl-C anywhere else. Returns a function that restores the terminal: raw mode
 * must never outlive the session or the learner's shell stops echoing.
 */
export function bindWatchKeys(session: WatchSession): () => void {
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  const onKey = (key: string) => {
    if (key === '\u0003') process.kill(process.pid, 'SIGINT');
    else if (key === 'q') void session.quit();
    else if (key === 'h') session.hint();
    else if (key === 'l') session.list();
  };
  stdin.on('data', onKey);
  return () => {
    stdin.off('data', onKey);
    stdin.setRawMode(false);
    stdin.pause();
  };
}
