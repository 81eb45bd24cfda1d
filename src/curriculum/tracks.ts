// Kept free of zod so hot paths (status, verify) can use it without loading the schema library.

/** The two tracks a learner can follow. SQL, shell, Docker and YAML content is shared. */
export const TRACKS = ['node', 'python'] as const;

/** An exercise belongs to one track, or to both when its language is shared (SQL). */
export function exerciseFitsTrack(exerciseTrack: (typeof TRACKS)[number] | 'shared', track: (typeof TRACKS)[number]): boolean {
  return exerciseTrack === 'shared' || exerciseTrack === track;
}
