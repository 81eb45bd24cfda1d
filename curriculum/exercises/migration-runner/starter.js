// Week 14 — a migration runner: ordered SQL files, a schema_migrations table, each file applied
// once in a transaction, edited-after-apply files refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {import('better-sqlite3').Database} db an open better-sqlite3 database
 * @param {string} dir the folder of `<version>_<name>.sql` files
 * @returns {string[]} the file names applied by this call, in order
 */
export function migrate(db, dir) {
  // Placeholder: runs every .sql file, every time, in whatever order the folder lists them.
  const applied = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
    db.exec(readFileSync(join(dir, name), 'utf8'));
    applied.push(name);
  }
  return applied;
}
