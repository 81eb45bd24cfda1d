import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatJson, formatUserTable } from '../format.js';
import { ROLES, roleSchema, validate } from '../schemas/user.js';

interface ListOptions {
  role?: string;
  json?: boolean;
}

export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .description('list users, oldest first')
    .option('--role <role>', `only users with this role (${ROLES.join(', ')})`)
    .option('--json', 'print a JSON array')
    .action(async (options: ListOptions) => {
      const role = options.role === undefined ? undefined : validate(roleSchema, options.role, 'role');
      const users = await ctx.store.list(role === undefined ? {} : { role });
      if (options.json) {
        ctx.stdout(formatJson(users));
      } else {
        ctx.stdout(users.length === 0 ? 'No users found.\n' : formatUserTable(users));
      }
    });
}
