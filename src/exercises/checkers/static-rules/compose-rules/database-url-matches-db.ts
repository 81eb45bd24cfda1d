import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { env, parseUrl } from './util.js';

/** `${NAME}`, `${NAME:?msg}`, `${NAME:-x}` and `$NAME` all read NAME: compare the names, not the spelling. */
const normalise = (value: string) => value.replace(/^\$\{(\w+)[^}]*\}$|^\$(\w+)$/, (_, a?: string, b?: string) => `$${a ?? b}`);
const isVar = (value: string) => value.startsWith('$');

/** Equal, or impossible to tell (a literal on one side, a variable on the other). */
const agree = (a: string, b: string) => normalise(a) === normalise(b) || isVar(normalise(a)) !== isVar(normalise(b));

/** `database-url-matches-db`: DATABASE_URL's user, password, database and port are those the postgres service creates. */
export const databaseUrlMatchesDb: RuleModule<ComposeFile> = {
  id: 'database-url-matches-db',
  expected: "the api's DATABASE_URL uses the db service's POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB and port 5432",
  lesson: 'week 14 § Environment and ${VAR} substitution',
  check(file) {
    const url = env(file.services.get('api')).get('DATABASE_URL');
    if (!url) return { actual: 'api has no DATABASE_URL', message: 'Give the api its connection string: DATABASE_URL: postgresql+psycopg://app:${POSTGRES_PASSWORD}@db:5432/blog.' };
    const parts = parseUrl(url);
    if (!parts) return { actual: `DATABASE_URL: ${url}`, message: 'Write the URL as scheme://user:password@host:port/database.' };
    const db = env(file.services.get('db'));
    // the official image's defaults when a variable is not set
    const user = db.get('POSTGRES_USER') ?? 'postgres';
    const database = db.get('POSTGRES_DB') ?? user;
    const password = db.get('POSTGRES_PASSWORD');
    const problems: string[] = [];
    if (parts.user !== undefined && !agree(parts.user, user)) problems.push(`user ${parts.user} ≠ POSTGRES_USER ${user}`);
    const name = parts.path.replace(/^\//, '');
    if (name && !agree(name, database)) problems.push(`database ${name} ≠ POSTGRES_DB ${database}`);
    if (parts.password !== undefined && password !== undefined && !agree(parts.password, password)) {
      problems.push(`the password comes from ${normalise(parts.password)}, POSTGRES_PASSWORD from ${normalise(password)}`);
    }
    if (parts.port !== undefined && parts.port !== '5432') problems.push(`port ${parts.port} ≠ 5432 (inside the compose network PostgreSQL listens on 5432, whatever the ports: mapping says)`);
    if (problems.length === 0) return undefined;
    return {
      actual: problems.join('; '),
      message: `The api would fail at its first query with "password authentication failed" or "database does not exist". Use the values the db service creates: DATABASE_URL: postgresql+psycopg://${user}:\${POSTGRES_PASSWORD}@db:5432/${database}.`,
    };
  },
};
