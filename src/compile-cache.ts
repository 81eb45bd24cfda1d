// V8's code cache for the bundle's own files, kept in the user's cache folder: a run reuses the
// bytecode an earlier run compiled instead of parsing and compiling the same chunks again (measured
// on `new blog-api`: ~5 ms of ~45). Node ≥ 22.1 does this itself (module.enableCompileCache); on
// Node 20 the bundle's CommonJS files are compiled through vm.Script with its cachedData, as
// v8-compile-cache did. V8 rejects a cache made by another V8 or with other flags, but of the source
// it checks only the length: each cache file holds the source it was made from, and is used only
// for exactly that text (else rewritten at exit). Off with NODE_DISABLE_COMPILE_CACHE=1, Node's own
// switch.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Module } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

/** Where caches live: the OS cache folder (XDG on Linux), never the data folder `init` creates. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = homedir();
  const root =
    platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
        : (env.XDG_CACHE_HOME || join(home, '.cache'));
  return join(root, 'backend-roadmap', 'compile-cache');
}

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
}
type ModuleStatics = typeof Module & {
  enableCompileCache?: (dir: string) => unknown;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
};

/** FNV-1a: names a cache file after the full path of its source without loading node:crypto. */
function pathHash(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** A cache file: the source's length in bytes (uint32 LE), the source, then V8's cached data. */
function cacheFor(file: string, source: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined; // not cached yet, or unreadable: compiled from source, cached at exit
  }
  const end = data.length >= 4 ? 4 + data.readUInt32LE(0) : Infinity;
  // compared as bytes: no copy of the source on V8's heap (a scavenge costs ~2 ms this early)
  return end < data.length && data.subarray(4, end).equals(source) ? data.subarray(end) : undefined;
}

/** Caches the compiled code of every CommonJS file below `root` (the package's dist/). */
export function enableCompileCache(root: string, cacheDir?: string): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  let dir: string;
  try {
    dir = cacheDir ?? compileCacheDir();
  } catch {
    return; // no home folder to cache in (os.homedir() can throw): run without
  }
  const M = Module as ModuleStatics;
  if (typeof M.enableCompileCache === 'function') {
    M.enableCompileCache(dir);
    return;
  }
  const versionDir = join(dir, `${process.version}-${process.arch}`);
  const prefix = root.endsWith(sep) ? root : root + sep;
  const toWrite = new Map<string, { script: Script; source: Buffer }>();
  const proto = Module.prototype as unknown as ModuleInternals;
  const compile = proto._compile;
  proto._compile = function (this: ModuleInternals, content: string, filename: string) {
    // import() from a vm.Script loaded from a cache fails on Node 20 ("A dynamic import callback was
    // not specified"): a file that may call it (the text is enough) is compiled as Node does
    if (!filename.startsWith(prefix) || content.includes('import(')) return compile.call(this, content, filename);
    const file = join(versionDir, `${pathHash(filename)}-${basename(filename)}`);
    const source = Buffer.from(content); // encoded once: compared with the cache's, or written with it
    const cachedData = cacheFor(file, source);
    const script = new Script(M.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.set(file, { script, source });
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    // what Node's own wrapper passes each CommonJS module
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: unknown) => M._resolveFilename(request, this, false, options),
      extensions: M._extensions,
      cache: M._cache,
    });
    return run.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  // At exit, so the cache also holds the functions this run compiled lazily; written whole or not at all.
  process.once('exit', () => {
    for (const [file, { script, source }] of toWrite) {
      try {
        mkdirSync(versionDir, { recursive: true, mode: 0o700 });
        const length = Buffer.alloc(4);
        length.writeUInt32LE(source.length);
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, Buffer.concat([length, source, script.createCachedData()]));
        renameSync(temp, file);
      } catch {
        // a read-only or full cache folder: the next run compiles from source again
      }
    }
  });
}
