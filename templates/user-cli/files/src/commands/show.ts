import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatJson, formatUser } from '../format.js';
import { idSchema, validate } from '../schemas/user.js';

export function registerShow(program: Command, ctx: CliContext): void {
  program
    .command('show')
    .description('show one user')
    .argument('<id>', 'user id')
    .option('--json', 'print the user as JSON')
    .action(async (rawId: string, options: { json?: boolean }) => {
      const user = await ctx.store.get(validate(idSchema, rawId, 'user id'));
      ctx.stdout(options.json ? formatJson(user) : formatUser(user));
    });
}
