// WRONG: no transaction: a file that fails half-way leaves its first statements behind
// Week 14 — a migration runner: ordered SQL files, a schema_migrations table, each file applied
// once in a transaction, edited-after-apply files refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = /^(\d+)_\w+\.sql$/;

function migrationFiles(dir) {
  const files = readdirSync(dir)
    .map((name) => ({ name, match: FILE.exec(name) }))
    .filter(({ match }) => match)
    .map(({ name, match }) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, version: Number(match[1]), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < files.length; i++) {
    if (files[i].version === files[i - 1].version) throw new Error(`two migrations have version ${files[i].version}: ${files[i - 1].name} and ${files[i].name}`);
  }
  return files;
}

export function migrate(db, dir) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const files = migrationFiles(dir);
  const applied = new Map(db.prepare('SELECT version, checksum FROM schema_migrations').all().map((r) => [r.version, r.checksum]));
  // Check everything before changing anything: an edited migration means this database and the code disagree.
  for (const file of files) {
    if (applied.has(file.version) && applied.get(file.version) !== file.checksum) {
      throw new Error(`${file.name} was changed after it was applied (checksum differs): add a new migration instead`);
    }
  }
  const record = db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, datetime('now'))");
  const done = [];
  for (const file of files.filter((f) => !applied.has(f.version))) {
    try {
      db.exec(file.sql);
      record.run(file.version, file.name, file.checksum);
    } catch (error) {
      throw new Error(`${file.name}: ${error.message}`);
    }
    done.push(file.name);
  }
  return done;
}
