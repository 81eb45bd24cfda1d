import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { env, parseUrl } from './util.js';

/** `python-database-url-scheme`: DATABASE_URL starts with postgresql:// or postgresql+<driver>://, which SQLAlchemy accepts. */
export const pythonDatabaseUrlScheme: RuleModule<ComposeFile> = {
  id: 'python-database-url-scheme',
  track: 'python',
  expected: 'DATABASE_URL uses the scheme postgresql+psycopg:// (or postgresql://), not postgres://',
  lesson: 'week 14 § Compose for development',
  check(file) {
    const url = env(file.services.get('api')).get('DATABASE_URL');
    if (!url) return { actual: 'api has no DATABASE_URL', message: 'Give the api its connection string: DATABASE_URL: postgresql+psycopg://app:${POSTGRES_PASSWORD}@db:5432/blog.' };
    const scheme = parseUrl(url)?.scheme ?? url.split(':')[0] ?? '';
    if (/^postgresql(\+(psycopg|psycopg2|asyncpg|pg8000))?$/.test(scheme)) return undefined;
    const fixed = url.replace(/^[a-z0-9+.-]+:/i, 'postgresql+psycopg:');
    if (scheme === 'postgres' || scheme.startsWith('postgres+')) {
      return {
        actual: `DATABASE_URL scheme ${scheme}://`,
        message: `SQLAlchemy removed the "postgres" alias in 1.4: create_engine fails with "Can't load plugin: sqlalchemy.dialects:postgres". Name the dialect and the driver (psycopg 3): DATABASE_URL: ${fixed}.`,
      };
    }
    return { actual: `DATABASE_URL scheme ${scheme}://`, message: `The db service is PostgreSQL: DATABASE_URL: ${fixed}.` };
  },
};
