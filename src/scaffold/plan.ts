import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { childPath, templatesDir } from '../core/paths.js';
import type { Manifest } from './manifest.js';
import type { PackedFile } from './pack.js';
import { templatePack } from './precompiled.js';

export type Db = 'sqlite' | 'postgres';

export interface ScaffoldOptions {
  db?: Db | undefined;
  docker: boolean;
  /** --starter: the skeleton (starter regions and `when: starter` files) instead of the complete project */
  starter?: boolean;
}

export interface PlannedFile {
  /** absolute path inside templates/<name>/files */
  source: string;
  /** posix path inside the generated project */
  target: string;
  /** rendered with Handlebars (source ends in .hbs) */
  render: boolean;
  /** the build's copy, when the file is unchanged since the build (packaged templates only) */
  packed?: PackedFile;
}

// npm strips .gitignore files from published packages, so templates ship it under another name.
const RENAMES = new Map([['_gitignore', '.gitignore']]);

/** Every file below `dir`, as posix paths relative to it. */
export function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(join(dir, entry.name), rel) : [rel];
  });
}

function included(condition: string | undefined, options: ScaffoldOptions): boolean {
  if (condition === undefined) return true;
  if (condition === 'docker') return options.docker;
  if (condition === 'complete' || condition === 'starter') return (condition === 'starter') === Boolean(options.starter);
  return condition === `db=${options.db}`;
}

/**
 * Orders paths by UTF-16 code units: the same on every machine, and free, where localeCompare's first
 * call sets up an ICU collator (~10 ms of `new`). Listings for people sort by locale themselves.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Which template files the options select, and where each lands. File names are never templates. */
export function planFiles(manifest: Manifest, options: ScaffoldOptions): PlannedFile[] {
  const conditions = new Map(manifest.files.map((f) => [f.path, f.when]));
  const pack = dirname(manifest.dir) === templatesDir ? templatePack(basename(manifest.dir)) : undefined;
  const filesDir = join(manifest.dir, 'files');
  return (pack?.listing() ?? walk(filesDir))
    .filter((rel) => included(conditions.get(rel), options))
    .map((rel) => {
      const render = rel.endsWith('.hbs');
      const withoutHbs = render ? rel.slice(0, -'.hbs'.length) : rel;
      const slash = withoutHbs.lastIndexOf('/');
      const renamed = RENAMES.get(withoutHbs.slice(slash + 1));
      const target = renamed ? withoutHbs.slice(0, slash + 1) + renamed : withoutHbs;
      const packed = pack?.fresh(rel);
      return { source: childPath(filesDir, rel), target, render, ...(packed ? { packed } : {}) };
    })
    .sort((a, b) => compareCodeUnits(a.target, b.target));
}
