import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.js';

export type Db = Database.Database;

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const SQLITE_HEADER = 'SQLite format 3\0';

/** Forward-only migrations, `NNN-name.sql`, applied in order; `PRAGMA user_version` = last applied NNN. */
let migrations: { version: number; name: string; sql: string }[] | undefined;

export function loadMigrations(): { version: number; name: string; sql: string }[] {
  return (migrations ??= readdirSync(migrationsDir)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(migrationsDir + f, 'utf8') })));
}

/**
 * Opens (creating if needed) the progress database with the settings every writer relies on.
 * A file that is not ours is reported with its path and never modified.
 */
export function openDatabase(file: string): Db {
  assertLooksLikeSqlite(file);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new UserError(`The progress database ${file} is damaged (${String(check)}). It was left untouched; restore a backup or move it away.`);
    assertNotNewer(db, file); // before anything below writes to the file
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && /NOTADB|CORRUPT/.test(error.code)) {
      throw new UserError(`${file} is not a readable SQLite database (${error.message}). It was left untouched.`);
    }
    throw error;
  }
}

function assertLooksLikeSqlite(file: string): void {
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r');
  const header = Buffer.alloc(16);
  const read = readSync(fd, header, 0, 16, 0);
  closeSync(fd);
  if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_HEADER.slice(0, read)) {
    throw new UserError(
      `${file} is not a SQLite database, so backend-roadmap will not touch it.`,
      1,
      'Move the file away, or point BACKEND_ROADMAP_HOME at another folder.',
    );
  }
}

/** Returns the schema version; throws (without writing) when a newer release wrote the file. */
function assertNotNewer(db: Db, file: string, latest = loadMigrations().at(-1)?.version ?? 0): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new UserError(
      `The progress database ${file} was written by a newer backend-roadmap (schema ${current}, this version knows ${latest}).`,
      1,
      'Upgrade backend-roadmap: npm install -g backend-roadmap@latest',
    );
  }
  return current;
}

function migrate(db: Db, file: string): void {
  const migrations = loadMigrations();
  const latest = migrations.at(-1)?.version ?? 0;
  // Read the version inside the write lock: two processes may open a fresh database at once.
  immediate(db, () => {
    const current = assertNotNewer(db, file, latest);
    for (const m of migrations.filter((m) => m.version > current)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
}

/** Runs `fn` in a BEGIN IMMEDIATE transaction: writers queue on the lock instead of failing mid-way. */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** UTC ISO-8601 timestamp for stored rows. */
export function nowIso(date = new Date()): string {
  return date.toISOString();
}
