import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../core/atomic-write.js';
import type { Track } from '../curriculum/schema.js';
import { TRACKS } from '../curriculum/tracks.js';

/**
 * What the last `exercise verify` read from the progress database to start its check: the profile's
 * workspace and track, and the exercise current after it. Kept in a small file beside the database,
 * so that the next verify starts its check first and opens the database (~7 ms) while the check
 * runs. Only ever a guess: the verify compares it with the database before it records or shows
 * anything, and throws the check away and runs it again when they differ.
 */
export interface LastVerify {
  workspace: string;
  track: Track;
  /** the first exercise not passed yet, after the last verify (undefined: all passed) */
  current?: string;
}

const FILE = 'last-verify.json';

/** The file in `dataDir`, or undefined when there is none or it is not one (never an error, never a wait on a FIFO). */
export function readLastVerify(dataDir: string): LastVerify | undefined {
  const file = join(dataDir, FILE);
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > 64 * 1024) return undefined;
    const last = JSON.parse(readFileSync(file, 'utf8')) as Partial<LastVerify> | null;
    if (typeof last?.workspace !== 'string' || !TRACKS.includes(last.track as Track)) return undefined;
    return { workspace: last.workspace, track: last.track as Track, ...(typeof last.current === 'string' ? { current: last.current } : {}) };
  } catch {
    return undefined;
  }
}

/** Writes the file when `seen` differs from `old`; a folder that refuses it only costs the next verify its head start. */
export function saveLastVerify(dataDir: string, seen: LastVerify, old: LastVerify | undefined): void {
  if (old && sameProfile(old, seen) && old.current === seen.current) return;
  try {
    writeAtomic(join(dataDir, FILE), `${JSON.stringify(seen)}\n`);
  } catch {
    // read-only or full: the database stays the truth either way
  }
}

export const sameProfile = (last: LastVerify, profile: { workspace: string; track: Track }): boolean =>
  last.workspace === profile.workspace && last.track === profile.track;
