import type { Command } from 'commander';
import { ACTIONS } from '../direct-commands.js';

type Actions = typeof import('./exercise-action.js');

/** The action `name` of exercise-action.ts, loaded when it runs: that module stays out of `--help`. */
const lazy =
  <K extends keyof Actions>(name: K) =>
  async (...args: Parameters<Actions[K]>): Promise<void> =>
    ((await import('./exercise-action.js'))[name] as (...a: Parameters<Actions[K]>) => Promise<void>)(...args);

export function registerExercise(program: Command): void {
  const exercise = program
    .command('exercise')
    .description('practise: start an exercise, check it against hidden tests, get hints')
    .addHelpText(
      'after',
      `
The usual loop:
  $ backend-roadmap exercise start describe-type    copy the starter into your workspace
  $ backend-roadmap exercise verify                 check the current exercise
  $ backend-roadmap exercise watch                  re-check on every save, move on when it passes`,
    );

  exercise
    .command('list')
    .description('your track’s exercises with their state (pending / passed) and attempts')
    .option('--week <n>', 'only this week (1-16)')
    .option('--json', 'print the list as JSON')
    .action(lazy('runList'));

  exercise
    .command('start')
    .argument('[id]', 'exercise id, as shown by `exercise list` (default: the current one)')
    .description('copy the starter into week-NN/ (never overwrites your file) and show the task')
    .addHelpText('after', '\nJavaScript exercises land as week-NN/<id>.js, Python ones as modules: type-conversion-py → week-02/type_conversion.py.\n\nExamples:\n  $ backend-roadmap exercise start describe-type\n  $ backend-roadmap exercise start type-conversion-py')
    .action(lazy('runStart'));

  exercise
    .command('verify')
    .argument('[id]', 'exercise id (default: the current one, the first not passed yet)')
    .description('run the hidden checks on your file; exit code 0 when it passes, 1 when not')
    .option('--timeout <ms>', 'stop your code after this long (default 5000 for JavaScript, 10000 for Python and SQL)')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap exercise verify\n  $ backend-roadmap exercise verify describe-type\n  $ backend-roadmap exercise verify type-conversion-py   # Python track: runs with python3 ≥ 3.11 (standard library, or the packages the exercise names)')
    .action(ACTIONS['exercise verify']);

  exercise
    .command('hint')
    .argument('[id]', 'exercise id (default: the current one)')
    .description('show the next hint (each call reveals one more)')
    .action(lazy('runHint'));

  exercise
    .command('solution')
    .argument('[id]', 'exercise id (default: the current one)')
    .description('show the reference solution once you have passed the exercise')
    .option('--force', 'show it before you have passed (asks first)')
    .option('--yes', 'with --force: do not ask')
    .action(lazy('runSolution'));

  exercise
    .command('reset')
    .argument('[id]', 'exercise id (default: the current one)')
    .description('put the starter back (your file is kept as <file>.bak)')
    .option('--yes', 'do not ask for confirmation')
    .action(lazy('runReset'));

  exercise
    .command('watch')
    .description('check the current exercise on every save and move to the next when it passes (keys: h hint, l list, q quit)')
    .option('--poll', 'poll for changes instead of native file watching (network drives, some VMs)')
    .option('--timeout <ms>', 'stop your code after this long')
    .action(lazy('runWatch'));
}
