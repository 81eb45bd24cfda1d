import { Command } from 'commander';
import { registerCreate } from './commands/create.js';
import { registerDelete } from './commands/delete.js';
import { registerList } from './commands/list.js';
import { registerShow } from './commands/show.js';
import { registerUpdate } from './commands/update.js';
import type { CliContext } from './context.js';

/**
 * Builds the commander program. exitOverride() makes commander throw instead of calling
 * process.exit(), so run() decides the exit code in one place. Sub-commands created with
 * .command() inherit these settings.
 */
export function createProgram(ctx: CliContext, version: string): Command {
  const program = new Command('users')
    .description('Manage users stored in a local JSON file (USERS_FILE, default ./users.json).')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
    .showHelpAfterError('(run "users --help" for usage)');

  registerCreate(program, ctx);
  registerList(program, ctx);
  registerShow(program, ctx);
  registerUpdate(program, ctx);
  registerDelete(program, ctx);
  return program;
}
