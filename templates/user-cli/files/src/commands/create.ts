import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatJson, formatUser } from '../format.js';
import { ROLES } from '../schemas/user.js';

interface CreateOptions {
  name: string;
  email: string;
  role?: string;
  json?: boolean;
}

export function registerCreate(program: Command, ctx: CliContext): void {
  program
    .command('create')
    .description('create a user')
    .requiredOption('--name <name>', 'full name (not empty)')
    .requiredOption('--email <email>', 'email address (unique)')
    .option('--role <role>', `one of ${ROLES.join(', ')} (default: viewer)`)
    .option('--json', 'print the user as JSON')
    .action(async (options: CreateOptions) => {
      // Validation (email format, unique email, role) happens in the store, in one place.
      const user = await ctx.store.create({
        name: options.name,
        email: options.email,
        ...(options.role !== undefined && { role: options.role }),
      });
      ctx.stdout(options.json ? formatJson(user) : `Created user ${user.id}\n${formatUser(user)}`);
    });
}
