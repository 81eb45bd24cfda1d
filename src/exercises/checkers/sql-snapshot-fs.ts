import { MemoryFS, PGlite } from '@electric-sql/pglite';
import type { PgliteAssets } from './sql-pglite-assets.js';
import { readTar, type TarEntry } from './sql-tar.js';

type EmscriptenOptions = Parameters<MemoryFS['init']>[1];
type Module = Parameters<NonNullable<EmscriptenOptions['preRun']>[number]>[0];

/**
 * PGlite's in-memory file system, with the data folder written in before the server starts. Unlike
 * PGlite's own `loadDataDir`, which copies the archive twice more on its way in, the files keep
 * pointing into the archive that was read (`canOwn`): the server writes to them in place, or
 * copies a file when it grows.
 */
class DataFolderFS extends MemoryFS {
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
}

/**
 * PGlite's start parameters, with shared buffers cut from 128 MB to 8 MB (a check's tables fit in a
 * few pages, and touching fresh memory is much of a start-up's cost) and no full-page images in
 * the WAL (nothing here is ever recovered after a crash).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB', '-c', 'full_page_writes=off'];

/** A server on the data folder in `archive` (a tar of it), which it takes over: pass a buffer of its own. */
export async function openDataFolder(archive: Uint8Array, assets: PgliteAssets): Promise<PGlite> {
  const fs = new DataFolderFS(readTar(archive));
  const [pgliteWasmModule, fsBundle] = await Promise.all([assets.wasm, assets.fsBundle]);
  return PGlite.create({ fs, pgliteWasmModule, fsBundle, startParams: START_PARAMS });
}
