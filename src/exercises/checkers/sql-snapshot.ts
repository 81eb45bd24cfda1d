import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { PGlite } from '@electric-sql/pglite';
import { writeAtomic } from '../../core/atomic-write.js';
import { pgliteVersion, readSnapshotFiles, type SnapshotFiles } from './sql-pglite-assets.js';
import { assertPristine } from './sql-pristine.js';
import { writeTar, type TarEntry } from './sql-tar.js';

/**
 * PGlite.create() runs initdb (seconds); restoring a data folder made once is what a SQL verify
 * does instead, so the folder is kept small: 1 MB WAL segments (only the one or two the start needs),
 * and no template databases (a check runs in `postgres` alone). It is saved after a clean
 * shutdown, so a restored server starts without crash recovery. It stays uncompressed: gunzip
 * would cost more than it saves.
 */
const SNAPSHOT_VERSION = 4;
const SNAPSHOT_NAME = `pglite-empty-v${SNAPSHOT_VERSION}.tar`;

export function snapshotPath(cacheDir: string): string {
  return join(cacheDir, SNAPSHOT_NAME);
}

const WAL_SEGMENT = /^pg_wal\/([0-9A-F]{24})$/;

/** Every directory and file under `root`, parents first, except WAL segments not in `keepWal`. */
function folderEntries(root: string, keepWal: string[]): TarEntry[] {
  const entries: TarEntry[] = [];
  const walk = (rel: string) => {
    for (const d of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = rel ? `${rel}/${d.name}` : d.name;
      const segment = WAL_SEGMENT.exec(name)?.[1];
      if (segment && !keepWal.includes(segment)) continue;
      if (d.isDirectory()) {
        entries.push({ name });
        walk(name);
      } else if (d.isFile()) {
        entries.push({ name, data: readFileSync(join(root, name)) });
      }
    }
  };
  walk('');
  return entries;
}

export async function createSnapshot(file: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  // On disk rather than in memory: only there can the folder be read after a clean shutdown.
  const dir = mkdtempSync(join(tmpdir(), 'brm-pglite-initdb-'));
  try {
    const db = await PGlite.create(dir, { initDbStartParams: ['--wal-segsize=1'] });
    let keepWal: string[];
    try {
      // One statement per call: DROP DATABASE refuses to run inside the implicit multi-statement transaction.
      // Checks run in `postgres` alone: the template databases are a third of the archive each,
      // read and unpacked on every check for nothing (CREATE DATABASE has no use in one session).
      for (const template of ['template0', 'template1']) {
        await db.exec(`UPDATE pg_database SET datistemplate = false WHERE datname = '${template}'`);
        await db.exec(`DROP DATABASE ${template}`);
      }
      // The shutdown checkpoint goes where WAL is inserted now, or just past it into the next segment.
      const r = await db.query<{ here: string; next: string }>(
        `SELECT pg_walfile_name(lsn) AS here, pg_walfile_name(lsn + pg_size_bytes(current_setting('wal_segment_size'))) AS next
           FROM pg_current_wal_insert_lsn() AS lsn`,
      );
      keepWal = [r.rows[0]!.here, r.rows[0]!.next];
    } finally {
      await db.close();
    }
    writeAtomic(file, writeTar(folderEntries(dir, keepWal)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The build makes the snapshot once and ships it compressed (~1 MB, scripts/build.mjs): a learner's
 * first SQL check unpacks it in tens of milliseconds instead of running initdb for seconds. Only
 * the PGlite that made it may read it, so its version is in the name: after an upgrade of PGlite
 * there is none that fits, and the snapshot is made here as before.
 */
export function packagedSnapshotPath(): string {
  return fileURLToPath(new URL(`../../pglite-snapshot/pglite-empty-v${SNAPSHOT_VERSION}-pglite-${pgliteVersion()}.tar.br`, import.meta.url));
}

// loaded when used (first check, build): node:zlib costs a SQL verify ~4 ms to load otherwise
const zlib = () => createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');

/** Unpacks the packaged snapshot to `file`; false when there is none for this PGlite or it does not unpack. */
function unpackPackaged(file: string, packaged: string): boolean {
  try {
    writeAtomic(file, zlib().brotliDecompressSync(readFileSync(packaged)));
    return true;
  } catch {
    return false; // (an archive that unpacks but is no empty cluster is rebuilt when opened: openFromSnapshot)
  }
}

/** The snapshot file, unpacked or created on first use (`packaged`: the build's, by default). */
export async function ensureSnapshot(cacheDir: string, packaged?: string): Promise<string> {
  const file = snapshotPath(cacheDir);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    if (!unpackPackaged(file, packaged ?? packagedSnapshotPath())) await createSnapshot(file);
    // Snapshots of older formats are tens of MB each: drop them (a newer one is another release's).
    for (const f of readdirSync(cacheDir)) {
      const version = /^pglite-empty-v(\d+)\.tar$/.exec(f)?.[1];
      if (version && Number(version) < SNAPSHOT_VERSION) rmSync(join(cacheDir, f), { force: true });
    }
  }
  return file;
}

/** Whether ensureSnapshot will run initdb (seconds): worth a word to the learner first. */
export const snapshotSetupIsSlow = (cacheDir: string): boolean => !existsSync(snapshotPath(cacheDir)) && !existsSync(packagedSnapshotPath());

/**
 * For the build: writes the packaged snapshot. Making it takes seconds, so it is kept in `buildCache`
 * (outside dist/, which every build empties) and made again only for another PGlite or format.
 */
export async function writePackagedSnapshot(buildCache: string): Promise<string> {
  const target = packagedSnapshotPath();
  const kept = join(buildCache, basename(target));
  if (!existsSync(kept)) {
    const tar = join(mkdtempSync(join(tmpdir(), 'brm-snapshot-build-')), 'snapshot.tar');
    try {
      await createSnapshot(tar);
      mkdirSync(buildCache, { recursive: true });
      // quality 9: within a few per cent of the maximum (11) at a twentieth of its time
      const { brotliCompressSync, constants } = zlib();
      writeAtomic(kept, brotliCompressSync(readFileSync(tar), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
    } finally {
      rmSync(dirname(tar), { recursive: true, force: true });
    }
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(kept, target);
  return target;
}

/**
 * A fresh database from the snapshot. A snapshot this PGlite cannot read (upgrade, damage) or that
 * is not empty (foreign, tampered with: see sql-pristine.ts) is never used: it is rebuilt once.
 * `files`: the snapshot's files if another thread read them already (see sql-pglite-assets.ts).
 */
export async function openFromSnapshot(file: string, files: Promise<SnapshotFiles> = readSnapshotFiles(file)): Promise<PGlite> {
  files.catch(() => undefined); // reported below; the reads overlap the loading of PGlite's JavaScript
  const { openDataFolder } = await import('./sql-snapshot-fs.js');
  try {
    const db = await openDataFolder(await files);
    await assertPristine(db).catch(async (error: unknown) => {
      await db.close().catch(() => undefined);
      throw error;
    });
    return db;
  } catch {
    rmSync(file, { force: true, recursive: true }); // a folder in its place, too
    await createSnapshot(file);
    return openDataFolder(await readSnapshotFiles(file));
  }
}
