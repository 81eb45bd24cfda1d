import { exerciseFitsTrack } from '../curriculum/tracks.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExercise } from '../curriculum/load.js';
import type { Track } from '../curriculum/schema.js';
import { seedFiles } from '../curriculum/seed-files.js';

/** Weeks that must offer each checked track at least MIN_EXERCISES exercises (15–16 are portfolio weeks). */
export const REQUIRED_WEEKS = { from: 1, to: 14 } as const;
export const MIN_EXERCISES = 3;
/** The tracks held to that minimum. */
export const CHECKED_TRACKS: readonly Track[] = ['node', 'python'];

/** Files an exercise folder must hold for its checker. */
function requiredFiles(e: LoadedExercise): string[] {
  const files = [e.starter, e.solution];
  if (e.checker === 'node-test' || e.checker === 'python-unittest') files.push(e.test ?? '(test: missing in exercise.yaml)');
  if (e.checker === 'sql') files.push(...seedFiles(e));
  return files;
}

/** Structural problems, one readable line each: missing files, missing checker config, thin weeks. */
export function auditCurriculum(exercises: LoadedExercise[], weeks = REQUIRED_WEEKS, tracks = CHECKED_TRACKS): string[] {
  const problems: string[] = [];
  for (const e of exercises) {
    for (const file of requiredFiles(e)) {
      if (!existsSync(join(e.dir, file))) problems.push(`${e.id}: missing file ${file}`);
    }
    if (e.checker === 'sql' && !e.sql) problems.push(`${e.id}: checker sql needs a sql: section`);
    if (e.checker === 'static' && !e.static) problems.push(`${e.id}: checker static needs a static: section`);
    if (e.sql?.compare === 'schema' && e.sql.probe) problems.push(`${e.id}: sql.probe is ignored with compare: schema`);
  }
  const seen = new Map<string, string>();
  for (const e of exercises) {
    const slot = `${e.track} week ${e.week} order ${e.order}`;
    const other = seen.get(slot);
    if (other) problems.push(`${e.id}: same ${slot} as ${other}`);
    seen.set(slot, e.id);
  }
  for (const track of tracks) {
    for (let week = weeks.from; week <= weeks.to; week++) {
      const count = exercises.filter((e) => exerciseFitsTrack(e.track, track) && e.week === week).length;
      if (count < MIN_EXERCISES) problems.push(`week ${week}: ${count} ${track} exercise${count === 1 ? '' : 's'}, at least ${MIN_EXERCISES} needed`);
    }
  }
  return problems;
}
