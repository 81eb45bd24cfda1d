import type { MemoryFS, PGlite } from '@electric-sql/pglite';
import type { SnapshotFiles } from './sql-pglite-assets.js';
import { readTar, type TarEntry } from './sql-tar.js';

type EmscriptenOptions = Parameters<MemoryFS['init']>[1];
type Module = Parameters<NonNullable<EmscriptenOptions['preRun']>[number]>[0];

type PGliteModule = typeof import('@electric-sql/pglite');

/**
 * PGlite's in-memory file system, with the data folder written in before the server starts. Unlike
 * PGlite's own `loadDataDir`, which copies the archive twice more on its way in, the files keep
 * pointing into the archive that was read (`canOwn`): the server writes to them in place, or
 * copies a file when it grows. Made once PGlite is loaded: PGlite is an ES module, imported
 * (never required, which would load its CommonJS copy) even from the CLI's CommonJS bundle.
 */
function dataFolderFS({ MemoryFS, PGlite }: PGliteModule) {
  return class DataFolderFS extends MemoryFS {
    constructor(private readonly entries: TarEntry[]) {
      super();
    }

    override async init(pg: PGlite, options: EmscriptenOptions): Promise<{ emscriptenOpts: EmscriptenOptions }> {
      const { emscriptenOpts } = await super.init(pg, options);
      const writeFolder = (mod: Module) => {
        const root = PGlite.paths.PGDATA;
        mod.FS.mkdirTree(root);
        for (const { name, data } of this.entries) {
          if (data) mod.FS.writeFile(`${root}/${name}`, data, { canOwn: true });
          else mod.FS.mkdir(`${root}/${name}`);
        }
      };
      return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), writeFolder] } };
    }
  };
}

/**
 * PGlite's start parameters, with the shared memory a server sets up (and zeroes) at start cut to
 * what one session uses: a check's tables fit in a few pages (shared buffers 1 MB, not 128), and
 * the backend slots and lock table sized for 2 connections instead of 100 (one transaction may still
 * lock 1,000 objects). No full-page images in the WAL either (nothing here is ever recovered after
 * a crash). Measured: a server from the snapshot starts ~65 ms (20 %) sooner than with 8 MB and
 * PGlite's defaults.
 */
const START_SETTINGS = {
  shared_buffers: '1MB',
  wal_buffers: '64kB',
  max_connections: '2',
  autovacuum_max_workers: '1',
  max_wal_senders: '0',
  max_replication_slots: '0',
  max_locks_per_transaction: '256',
  full_page_writes: 'off',
};
const startParams = (PGlite: PGliteModule['PGlite']) => [...PGlite.defaultStartParams, ...Object.entries(START_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])];

/** A Blob over bytes already read: Node's own would copy them twice, in and out again. */
class BytesBlob extends Blob {
  readonly #data: Uint8Array;

  constructor(data: Uint8Array) {
    super([]);
    this.#data = data;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.#data;
    const whole = byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer;
    return Promise.resolve(whole ? buffer : new Uint8Array(this.#data).buffer);
  }
}

/** A server on the data folder in `files.archive` (a tar of it); it takes over both buffers. */
export async function openDataFolder(files: SnapshotFiles): Promise<PGlite> {
  const { module, FS } = await loaded;
  const fs = new FS(readTar(files.archive));
  return module.PGlite.create({ fs, pgliteWasmModule: files.wasm, fsBundle: new BytesBlob(files.fsBundle), startParams: startParams(module.PGlite) });
}

// PGlite starts loading with this module, as its static import did (sql-worker.ts imports this
// module early for that); a failure shows when a database is opened.
const loaded = import('@electric-sql/pglite').then((m) => ({ module: m, FS: dataFolderFS(m) }));
loaded.catch(() => undefined);
