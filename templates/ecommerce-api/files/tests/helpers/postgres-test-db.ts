import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describeDatabase, fromPool } from '../../src/db/postgres.js';
import { migrate, migrationsDir } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/types.js';
import { pglitePool } from './pglite-pool.js';
import type { PreparedTestDatabases, TestDatabase, TestDbInfo } from './test-db-types.js';

/**
 * With DATABASE_URL: the real server, one throw-away schema per test file.
 * Without: PGlite (PostgreSQL compiled to WebAssembly, in-process), started from a
 * migrated snapshot. If PGlite cannot start, the database tests are skipped with
 * the reason (printed at the top of the run).
 */
export async function prepareTestDatabases(): Promise<PreparedTestDatabases> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect(); // fail loudly: DATABASE_URL was set on purpose
    await client.end();
    return {
      info: {
        label: `${describeDatabase({ databaseUrl: url })} from DATABASE_URL, one schema per test file`,
        skipReason: null,
        snapshotFile: null,
      },
      teardown: async () => {},
    };
  }

  try {
    const started = Date.now();
    const { file, cached } = await migratedSnapshot();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    return {
      info: {
        label: `PGlite (in-process PostgreSQL via @electric-sql/pglite; DATABASE_URL is not set), ${cached ? 'cached' : 'new'} snapshot ready in ${seconds}s`,
        skipReason: null,
        snapshotFile: file,
      },
      teardown: async () => {},
    };
  } catch (err) {
    const reason =
      `PGlite could not start (${err instanceof Error ? err.message : String(err)}). ` +
      'Set DATABASE_URL to run the database tests against a PostgreSQL server.';
    return { info: { label: `none: ${reason}`, skipReason: reason, snapshotFile: null }, teardown: async () => {} };
  }
}

/**
 * Starting PGlite from scratch runs initdb (seconds); loading a data directory is
 * much faster. The migrated directory is cached in node_modules/.cache, keyed by
 * the PGlite version and the migration files, so it is rebuilt when either changes.
 */
async function migratedSnapshot(): Promise<{ file: string; cached: boolean }> {
  const dir = migrationsDir('postgres');
  const hash = createHash('sha256').update(await pgliteVersion());
  for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(path.join(dir, name)));
  const cacheDir = path.resolve('node_modules', '.cache', 'pglite-test-snapshot');
  const file = path.join(cacheDir, `${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(file)) return { file, cached: true };

  const pglite = await PGlite.create();
  const db = fromPool(pglitePool(pglite));
  await migrate(db);
  const snapshot = await pglite.dumpDataDir('none');
  await db.close();
  await rm(cacheDir, { recursive: true, force: true }); // drop snapshots of older migrations
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()));
  await rename(partial, file); // atomic: a half-written snapshot is never used
  return { file, cached: false };
}

async function pgliteVersion(): Promise<string> {
  const manifest = path.resolve('node_modules', '@electric-sql', 'pglite', 'package.json');
  return readFile(manifest, 'utf8').catch(() => 'unknown');
}

export async function openTestDatabase(info: TestDbInfo): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return openSchema(url);
  if (!info.snapshotFile) throw new Error('No PGlite snapshot was prepared');
  // Test files run one after another in each worker (vitest.config.ts: isolate false),
  // so a worker starts PGlite once and every file empties it before each test.
  workerPglite ??= startPglite(info.snapshotFile);
  const db = await workerPglite;
  return { db, reset: () => truncateAll(db), close: async () => {} };
}

let workerPglite: Promise<Database> | undefined;

async function startPglite(snapshotFile: string): Promise<Database> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([await readFile(snapshotFile)]) });
  const db = fromPool(pglitePool(pglite));
  await migrate(db); // nothing to do on the snapshot, but proves the runner sees it
  return db;
}

/** A private schema on the real server, so parallel test files never see each other's rows. */
async function openSchema(url: string): Promise<TestDatabase> {
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  const db = fromPool({
    query: (text, values) => pool.query(text, values),
    connect: () => pool.connect(),
    end: () => pool.end(),
  });
  await migrate(db);
  return {
    db,
    reset: () => truncateAll(db),
    close: async () => {
      await db.close();
      await admin(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function truncateAll(db: Database): Promise<void> {
  const tables = await db.all<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'",
  );
  const list = tables.map((t) => `"${t.tablename}"`).join(', ');
  if (list) await db.exec(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
