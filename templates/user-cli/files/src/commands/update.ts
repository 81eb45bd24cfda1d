import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatJson, formatUser } from '../format.js';
import { idSchema, ROLES, validate } from '../schemas/user.js';

interface UpdateOptions {
  name?: string;
  email?: string;
  role?: string;
  json?: boolean;
}

export function registerUpdate(program: Command, ctx: CliContext): void {
  program
    .command('update')
    .description('change a user (give at least one option)')
    .argument('<id>', 'user id')
    .option('--name <name>', 'new name')
    .option('--email <email>', 'new email address (unique)')
    .option('--role <role>', `new role: ${ROLES.join(', ')}`)
    .option('--json', 'print the user as JSON')
    .action(async (rawId: string, options: UpdateOptions) => {
      const id = validate(idSchema, rawId, 'user id');
      const user = await ctx.store.update(id, {
        ...(options.name !== undefined && { name: options.name }),
        ...(options.email !== undefined && { email: options.email }),
        ...(options.role !== undefined && { role: options.role }),
      });
      ctx.stdout(options.json ? formatJson(user) : `Updated user ${user.id}\n${formatUser(user)}`);
    });
}
