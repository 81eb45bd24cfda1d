import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { writeAtomic } from '../../core/atomic-write.js';
import { assertPristine } from './sql-pristine.js';

/**
 * PGlite.create() runs initdb (~2.5 s); restoring a data-dir tarball made once takes ~0.5 s, and
 * that restore is most of a SQL verify, so the tarball is made small: 1 MB WAL segments instead of
 * 16 MB, and no template0 (only `CREATE DATABASE … TEMPLATE template0` needs it): 23 MB instead of
 * 40 MB. It stays uncompressed: gunzip would cost more than it saves.
 */
const SNAPSHOT_NAME = 'pglite-empty-v2.tar';

export function snapshotPath(cacheDir: string): string {
  return join(cacheDir, SNAPSHOT_NAME);
}

async function createSnapshot(file: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] });
  try {
    // One statement per call: DROP DATABASE refuses to run inside the implicit multi-statement transaction.
    await db.exec(`UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'`);
    await db.exec('DROP DATABASE template0');
    await db.exec('CHECKPOINT');
    const tar = await db.dumpDataDir('none');
    writeAtomic(file, new Uint8Array(await tar.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** The snapshot file, created on first use. */
export async function ensureSnapshot(cacheDir: string): Promise<string> {
  const file = snapshotPath(cacheDir);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    await createSnapshot(file);
    // Snapshots of older formats are tens of MB each: drop them.
    for (const old of readdirSync(cacheDir).filter((f) => /^pglite-empty-v\d+\.tar$/.test(f) && f !== SNAPSHOT_NAME)) {
      rmSync(join(cacheDir, old), { force: true });
    }
  }
  return file;
}

/**
 * A fresh database from the snapshot. A snapshot this PGlite cannot read (upgrade, damage) or that
 * is not empty (foreign, tampered with: see sql-pristine.ts) is never used: it is rebuilt once.
 */
export async function openFromSnapshot(file: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  try {
    const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
    await assertPristine(db).catch(async (error: unknown) => {
      await db.close().catch(() => undefined);
      throw error;
    });
    return db;
  } catch {
    rmSync(file, { force: true, recursive: true }); // a folder in its place, too
    await createSnapshot(file);
    return PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  }
}
