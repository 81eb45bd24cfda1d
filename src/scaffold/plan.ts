import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Manifest } from './manifest.js';

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
}

// npm strips .gitignore files from published packages, so templates ship it under another name.
const RENAMES: Record<string, string> = { _gitignore: '.gitignore' };

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
  return walk(join(manifest.dir, 'files'))
    .filter((rel) => included(conditions.get(rel), options))
    .map((rel) => {
      const render = rel.endsWith('.hbs');
      const withoutHbs = render ? rel.slice(0, -'.hbs'.length) : rel;
      const base = posix.basename(withoutHbs);
      const target = RENAMES[base] ? posix.join(posix.dirname(withoutHbs), RENAMES[base]) : withoutHbs;
      return { source: join(manifest.dir, 'files', rel), target: target.replace(/^\.\//, ''), render };
    })
    .sort((a, b) => compareCodeUnits(a.target, b.target));
}
