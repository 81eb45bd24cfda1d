// The build's copy of a packaged template folder (written by precompile.ts): every file of its
// files/ in one file, each with its text for the complete project (starter regions resolved), so
// `new` reads one file instead of listing the folder and reading sixty (~6 ms of blog-api's ~45).
// The copy is used only where the templates have not changed since the build (make's rule, by
// mtime): a file modified later, or of another size, is read from templates/ as before; once any
// folder was modified later (a file added, removed or renamed), the folder is listed and every file
// read again. A packaged install has every file's mtime from the tarball, older than the build.
import { readFileSync, statSync } from 'node:fs';
import { childPath } from '../core/paths.js';

/** The pack's first line. Offsets count from the byte after it. */
export interface PackIndex {
  /** Date.now() as the build began reading the folder, less 2 s: anything modified later is newer than the copy */
  builtAt: number;
  /** every folder below files/, as posix paths, '' for files/ itself */
  dirs: string[];
  /** how many bytes follow the index line: a pack cut short is not used */
  total: number;
  /** every file below files/, in code-unit order of `path` */
  files: {
    path: string;
    at: number;
    size: number;
    complete?: Stored;
    /** a .hbs file rendered per option combination, with placeholders for the name and year (prerender.ts) */
    renderings?: Record<string, Stored>;
  }[];
}

/** Where a stored text is in the pack. */
interface Stored {
  at: number;
  size: number;
}

/** A template file unchanged since the build, as the pack holds it. */
export interface PackedFile {
  bytes: Buffer;
  /** the bytes with starter regions resolved for the complete project (the same Buffer when it has none) */
  complete: Buffer;
  /** the file's permission bits now */
  mode: number;
  /** a .hbs file as the build rendered it for the options with this variantKey, when it could */
  rendering(key: string): Buffer | undefined;
}

export interface TemplatePack {
  /** the folder's files (posix, below files/), or undefined when a folder changed since the build */
  listing(): string[] | undefined;
  /** the file at `rel` when it and every folder are unchanged since the build, else undefined (read it from disk) */
  fresh(rel: string): PackedFile | undefined;
  /** the file at `rel` as the build read it, changed since or not (what its precompiled spec was made from) */
  built(rel: string): Buffer | undefined;
}

/** Reads a pack made from the folder `filesDir`; undefined when there is none (no build) or it does not parse. */
export function readPack(filesDir: string, file: string): TemplatePack | undefined {
  let data: Buffer;
  let index: PackIndex;
  let base: number;
  try {
    data = readFileSync(file);
    base = data.indexOf(10) + 1;
    index = JSON.parse(data.toString('utf8', 0, base - 1)) as PackIndex;
  } catch {
    return undefined;
  }
  if (!Array.isArray(index?.dirs) || !Array.isArray(index.files) || typeof index.builtAt !== 'number' || data.length - base !== index.total) return undefined;
  const slice = ({ at, size }: Stored) => data.subarray(base + at, base + at + size);
  const entries = new Map(index.files.map((f) => [f.path, f]));
  const unchanged = (rel: string) => {
    const stat = statSync(rel ? childPath(filesDir, rel) : filesDir, { throwIfNoEntry: false });
    return stat && stat.mtimeMs <= index.builtAt ? stat : undefined;
  };
  let foldersUnchanged: boolean | undefined;
  const sameFolders = () => (foldersUnchanged ??= index.dirs.every((dir) => unchanged(dir)?.isDirectory()));
  return {
    listing: () => (sameFolders() ? index.files.map((f) => f.path) : undefined),
    fresh(rel) {
      const entry = sameFolders() ? entries.get(rel) : undefined;
      const stat = entry && unchanged(rel);
      if (!entry || !stat?.isFile() || stat.size !== entry.size) return undefined;
      const bytes = slice(entry);
      const rendering = (key: string) => {
        const blob = entry.renderings?.[key];
        return blob && slice(blob);
      };
      return { bytes, complete: entry.complete ? slice(entry.complete) : bytes, mode: stat.mode & 0o777, rendering };
    },
    built(rel) {
      const entry = entries.get(rel);
      return entry && slice(entry);
    },
  };
}
