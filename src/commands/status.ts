import type { Command } from 'commander';
import { ACTIONS } from '../direct-commands.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('your 16-week roadmap: progress per week, current week, streak and the next thing to do')
    .option('--json', 'print the same data as JSON')
    .option('--compact', 'one line per month and the current month\'s weeks (the default in a terminal too short for every week)')
    .option('--no-compact', 'every week, however short the terminal')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap status\n  $ backend-roadmap status --compact\n  $ backend-roadmap status --json')
    .action(ACTIONS.status);
}
