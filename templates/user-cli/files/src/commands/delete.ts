import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { idSchema, validate } from '../schemas/user.js';

export function registerDelete(program: Command, ctx: CliContext): void {
  program
    .command('delete')
    .description('delete a user (its id is never reused)')
    .argument('<id>', 'user id')
    .action(async (rawId: string) => {
      const user = await ctx.store.delete(validate(idSchema, rawId, 'user id'));
      ctx.stdout(`Deleted user ${user.id} (${user.email})\n`);
    });
}
