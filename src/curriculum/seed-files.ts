import type { Exercise } from './schema.js';

/**
 * The seed files of an SQL exercise, in the order they run (paths relative to its folder). Apart
 * from schema.ts, whose zod schemas a SQL verify has no use for.
 */
export function seedFiles(exercise: Pick<Exercise, 'sql'>): string[] {
  return [exercise.sql?.seed ?? []].flat();
}
