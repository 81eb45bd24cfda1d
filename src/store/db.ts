import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.js';
import { setReadOnlyReason } from './failures.js';

export type Db = Database.Database;

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const SQLITE_HEADER = 'SQLite format 3\0';
const BUSY_TIMEOUT_MS = 5000;

/** Forward-only migrations, `NNN-name.sql`, applied in order; `PRAGMA user_version` = last applied NNN. */
let migrations: { version: number; name: string; readonly sql: string }[] | undefined;

/** The migrations by file name; each one's SQL is read when asked for, so opening an up-to-date database reads no SQL file. */
export function loadMigrations(): { version: number; name: string; readonly sql: string }[] {
  return (migrations ??= readdirSync(migrationsDir)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f,
      get sql() {
        return readFileSync(migrationsDir + f, 'utf8');
      },
    })));
}

export const latestVersion = (): number => loadMigrations().at(-1)?.version ?? 0;

/**
 * Opens (creating if needed) the progress database and brings its schema up to date.
 * `openStore` does the same in two steps so it can take a backup before migrating.
 */
export function openDatabase(file: string): Db {
  const db = connect(file);
  migrate(db, file);
  return db;
}

/**
 * Opens the database with the settings every writer relies on, without migrating. A file that is
 * not ours is reported with its path and never modified; a database this version cannot write
 * (newer schema, read-only folder) is opened read-only, so reading commands still work. Nothing
 * here reads the whole file: integrity checks belong to `doctor` and the error paths.
 */
export function connect(file: string): Db {
  const found = inspect(file);
  if (!found) mkdirSync(dirname(file), { recursive: true });
  // the header's schema version is stale while a WAL holds newer pages: ask SQLite, read-only
  const version = !found ? 0 : found.walPending ? readVersion(file) : found.version;
  const latest = latestVersion();
  let readOnly =
    version > latest
      ? `The progress database ${file} was written by a newer backend-roadmap (schema ${version}, this version knows ${latest}): it is read-only here, nothing was saved. Upgrade with: npm install -g backend-roadmap@latest`
      : !writable(file, Boolean(found))
        ? `The progress database ${file} is in a read-only place: nothing was saved. Make its folder writable, or point --data-dir elsewhere.`
        : undefined;
  if (readOnly && !found) throw new UserError(`Cannot create the progress database in ${dirname(file)}: the folder is read-only.`);
  if (readOnly && version < latest) {
    throw new UserError(`The progress database ${file} needs an upgrade, but it is in a read-only place.`, 1, 'Make its folder writable and run the command again.');
  }
  let db = readOnly ? openReadOnly(file) : new Database(file);
  if (!readOnly && found) {
    try {
      schemaVersion(db);
    } catch (error) {
      db.close();
      // a full disk has no room for the -shm file SQLite needs even to read: read a snapshot
      if (!/^SQLITE_(FULL|IOERR_SHM)/.test((error as { code?: string }).code ?? '')) throw error;
      readOnly = `The disk holding ${file} is full: nothing was saved. Free some space and run the command again.`;
      db = snapshot(file);
    }
  }
  setReadOnlyReason(readOnly, version > latest);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version (`PRAGMA user_version`: the last migration applied). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the missing migrations; a database already up to date is not locked at all. */
export function migrate(db: Db, file: string): void {
  const latest = latestVersion();
  if (db.readonly || schemaVersion(db) >= latest) return;
  // Read the version again inside the write lock: two processes may open a fresh database at once.
  immediate(db, () => {
    const current = schemaVersion(db);
    if (current > latest) throw new UserError(`The progress database ${file} was written by a newer backend-roadmap.`);
    for (const m of loadMigrations().filter((m) => m.version > current)) {
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

function statOrUndefined(path: string, stat: (p: string) => Stats): Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new UserError(`The data folder ${dirname(path)} is a file, not a folder.`, 1, 'Move the file away, or point --data-dir elsewhere.');
    throw error;
  }
}

/**
 * Refuses what SQLite would hang on or damage: a folder, a FIFO or a device where the database
 * should be, a dangling symlink, a file that is not SQLite. Only stats and reads the 100-byte header.
 */
function inspect(file: string): { version: number; walPending: boolean } | undefined {
  const dir = dirname(file);
  const dirStat = statOrUndefined(dir, statSync);
  if (dirStat && !dirStat.isDirectory()) throw new UserError(`The data folder ${dir} is a file, not a folder.`, 1, 'Move the file away, or point --data-dir elsewhere.');
  if (!dirStat && statOrUndefined(dir, lstatSync)) throw new UserError(`The data folder ${dir} is a symlink to nothing.`, 1, 'Remove the link, or point --data-dir elsewhere.');
  const link = statOrUndefined(file, lstatSync);
  if (!link) return undefined;
  const stat = statOrUndefined(file, statSync);
  if (!stat) throw new UserError(`The progress database ${file} is a symlink to nothing.`, 1, 'Remove the link, or put the database back where it points.');
  if (stat.isDirectory()) throw new UserError(`The progress database ${file} is a folder, not a file.`, 1, 'Move the folder away, or point --data-dir elsewhere.');
  if (!stat.isFile()) throw new UserError(`The progress database ${file} is not a regular file, so backend-roadmap will not open it.`, 1, 'Move it away, or point --data-dir elsewhere.');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  const read = readSync(fd, header, 0, 100, 0);
  closeSync(fd);
  if (read > 0 && header.toString('latin1', 0, Math.min(read, 16)) !== SQLITE_HEADER.slice(0, read)) {
    throw new UserError(`${file} is not a SQLite database, so backend-roadmap will not touch it.`, 1, 'Move the file away, or point BACKEND_ROADMAP_HOME at another folder.');
  }
  const wal = statOrUndefined(`${file}-wal`, statSync);
  return { version: read >= 64 ? header.readUInt32BE(60) : 0, walPending: Boolean(wal && wal.size > 0) };
}

function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    schemaVersion(db);
    return db;
  } catch (error) {
    db.close();
    // a WAL database in a folder we cannot write to: SQLite cannot create its -shm file
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test((error as { code?: string }).code ?? '')) throw error;
    return snapshot(file);
  }
}

/** The database read into memory (header bytes 18-19 switched from WAL to rollback), refusing writes. */
function snapshot(file: string): Db {
  const image = readFileSync(file);
  image[18] = image[19] = 1;
  const db = new Database(image);
  db.pragma('query_only = 1');
  return db;
}

function readVersion(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return schemaVersion(db);
  } finally {
    db.close();
  }
}

function writable(file: string, exists: boolean): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    if (exists) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
