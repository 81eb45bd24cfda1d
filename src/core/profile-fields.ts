import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseDay } from './dates.js';
import { hasControlCharacters } from './text-rules.js';

/** The settings `init` asks for and `config` changes: one rule per field, whichever way it comes in. */
export const PROFILE_FIELDS = ['name', 'track', 'hours', 'start', 'dir'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const DEFAULT_HOURS = 10;
/** The learner's own folder, not the tool's: never inside a clone of this repository. */
export const DEFAULT_WORKSPACE = '~/backend-roadmap';

/** "1,5" and "1.5" are both one and a half hours; anything but plain decimals ("0x10", "1e1") is NaN. */
export function parseHours(value: string): number {
  const v = value.trim();
  return /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN;
}

/** `~` and `~/x` mean the home folder in prompts and flags too, even where no shell expanded them. */
export function expandHome(path: string): string {
  const p = path.trim();
  if (p === '~') return homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return resolve(homedir(), p.slice(2));
  return resolve(p);
}

/** `/home/ada/backend-roadmap` → `~/backend-roadmap`, for display. */
export function tildify(path: string): string {
  const home = homedir();
  return path === home || path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/** true, or what a valid value looks like. */
export const validateField: Record<ProfileField, (v: string) => true | string> = {
  name: (v) => (v.trim().length > 0 && v.trim().length <= 80 && !hasControlCharacters(v)) || 'a name of 1 to 80 characters, without control characters',
  track: (v) => v === 'node' || v === 'python' || 'node or python',
  hours: (v) => {
    const n = parseHours(v);
    return (v.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 80) || 'a number of hours per week above 0 and up to 80 (1.5 or 1,5)';
  },
  start: (v) => parseDay(v.trim()) !== undefined || 'a date as YYYY-MM-DD',
  dir: (v) => (v.trim().length > 0 && !v.includes('\0')) || 'a folder path',
};
