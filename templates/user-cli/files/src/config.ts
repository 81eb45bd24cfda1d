import path from 'node:path';

export const DEFAULT_USERS_FILE = 'users.json';

/** USERS_FILE from the environment, or ./users.json; relative paths are resolved from `cwd`. */
export function resolveUsersFile(env: NodeJS.ProcessEnv, cwd: string): string {
  const configured = env.USERS_FILE?.trim();
  return path.resolve(cwd, configured ? configured : DEFAULT_USERS_FILE);
}
