import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/handle.js';
import { migrate } from '../../src/db/migrate.js';
import { fromPool } from '../../src/db/postgres.js';
import { pglitePool } from './pglite-pool.js';

/**
 * With DATABASE_URL set: a real PostgreSQL server, each test file in its own
 * throw-away schema (dropped afterwards), so parallel files never collide.
 * Without it: an in-process PGlite database (real PostgreSQL compiled to WASM).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  const handle = url ? await openServerSchema(url) : await openPglite(readSnapshot());
  await migrate(handle); // a no-op when the snapshot already has every migration
  return handle;
}

export function testDatabaseLabel(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return 'PostgreSQL in process (PGlite; set DATABASE_URL to use a real server)';
  const u = new URL(url);
  return `PostgreSQL server from DATABASE_URL (${u.hostname}:${u.port || 5432}${u.pathname})`;
}

/**
 * Runs once before the suite (tests/global-setup.ts). A fresh PGlite runs initdb,
 * which takes ~2 s; so we migrate one database, save its data directory, and let
 * every test file start from that copy (~0.4 s). The file name hashes the
 * migrations and the PGlite version, so a stale snapshot is never used.
 */
export async function prepareTestDatabases(): Promise<void> {
  if (process.env.DATABASE_URL || existsSync(snapshotFile())) return;
  const handle = await openPglite(undefined, async (pglite) => {
    const dump = await pglite.dumpDataDir('gzip');
    const file = snapshotFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${file}.tmp`, file); // atomic: readers never see half a file
  });
  await migrate(handle);
  await handle.close(); // dumps, then closes PGlite
}

function snapshotFile(): string {
  const migrations = path.resolve('migrations/postgres');
  const hash = createHash('sha256');
  for (const f of readdirSync(migrations).sort())
    hash.update(f).update(readFileSync(path.join(migrations, f)));
  try {
    hash.update(readFileSync(path.resolve('node_modules/@electric-sql/pglite/package.json')));
  } catch {
    // not found: the migrations alone decide
  }
  return path.resolve(
    'node_modules/.cache/blog-api-tests',
    `pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`,
  );
}

function readSnapshot(): Blob | undefined {
  const file = snapshotFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

async function openPglite(
  snapshot: Blob | undefined,
  beforeClose: (pglite: PGlite) => Promise<void> = async () => {},
): Promise<DatabaseHandle> {
  const pglite = await PGlite.create(snapshot ? { loadDataDir: snapshot } : {});
  return fromPool(pglitePool(pglite), async () => {
    await beforeClose(pglite);
    await pglite.close(); // without close() the worker lingers for seconds
  });
}

async function openServerSchema(url: string): Promise<DatabaseHandle> {
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`; // only [a-z0-9_]
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();

  const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
  return fromPool(pool, async () => {
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await cleanup.end();
  });
}
