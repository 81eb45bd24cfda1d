// Kept free of zod so hot paths (status, verify) can use it without loading the schema library.
import { usageError } from '../core/errors.js';

/** The two tracks a learner can follow. SQL, shell, Docker and YAML content is shared. */
export const TRACKS = ['node', 'python'] as const;

/** An exercise belongs to one track, or to both when its language is shared (SQL). */
export function exerciseFitsTrack(exerciseTrack: (typeof TRACKS)[number] | 'shared', track: (typeof TRACKS)[number]): boolean {
  return exerciseTrack === 'shared' || exerciseTrack === track;
}

/** commander's parser for every `--track` / `--lang` flag: `Python` and ` node ` are fine too. */
export const trackFlag = (text: string): string => text.trim().toLowerCase();

/** A `--track` value: node or python, else a usage error; undefined when the flag was not given. */
export function parseTrackOption(text: string | undefined): (typeof TRACKS)[number] | undefined {
  if (text === undefined) return undefined;
  const track = trackFlag(text);
  if (track !== 'node' && track !== 'python') throw usageError(`--track must be node or python, got ${JSON.stringify(text)}`);
  return track;
}
