import { UserError } from '../core/errors.js';
import type { LoadedExercise } from '../curriculum/load.js';
import type { WatchSession, WatchView } from '../exercises/watch.js';
import { printCheckResult } from './exercise-report.js';
import { printExerciseList, printHint } from './exercise-view.js';
import { line, warn } from './output.js';
import { progressBar } from './progress-bar.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';

const keysLine = (keys: boolean) => c.dim(keys ? 'Keys: h hint · l list · q quit' : 'No terminal for keys: stop with Ctrl-C.');

/** The terminal face of `exercise watch`; `keys` says whether h/l/q work. */
export function terminalWatchView(keys: boolean): WatchView {
  let current: LoadedExercise | undefined;
  return {
    started(exercise, file, progress) {
      current = exercise;
      line();
      line(`${progressBar(progress.total ? progress.passed / progress.total : 0, 24)}  ${progress.passed}/${progress.total} exercises`);
      line(`${c.bold(`Week ${exercise.week} · ${exercise.title}`)} ${c.dim(`(${exercise.id})`)}`);
      line(`Edit ${c.bold(file)} and save: it is checked on every save.`);
      line(keysLine(keys));
    },
    checking(exercise) {
      line(c.dim(`… checking ${exercise.id}`));
    },
    result(o) {
      const ok = o.result.passed;
      const counted = o.result.cases.length ? ` ${o.result.cases.filter((k) => k.passed).length}/${o.result.cases.length} cases` : '';
      line(`${ok ? sym.ok : sym.fail} ${o.exercise.id}${counted} ${c.dim(new Date().toLocaleTimeString())}`);
      printCheckResult(o.result, o.exercise.checker);
      if (o.weekCompleted) line(`${c.green('★')} Week ${o.exercise.week} complete!`);
      if (!ok && current) {
        const how = keys ? 'press h' : `run ${cmd(`exercise hint ${current.id}`)}`;
        line(c.dim(`Stuck? ${how} for a hint (${current.hints.length} available).`));
      }
    },
    hint(exercise, number) {
      printHint(exercise, number);
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
 * h / l / q (and Ctrl-C) in raw mode. Returns a function that restores the terminal; raw mode
 * must never outlive the session or the learner's shell stops echoing.
 */
export function bindWatchKeys(session: WatchSession): () => void {
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  const onKey = (key: string) => {
    if (key === 'q' || key === '\u0003') void session.quit();
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
