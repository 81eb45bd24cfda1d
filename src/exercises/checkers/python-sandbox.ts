import { dirname, join } from 'node:path';
import { curriculumDir, dataDir } from '../../core/paths.js';
import type { CheckContext } from '../types.js';

type Access = 'none' | 'read' | 'write';

/** What runner.py's audit hook (python/guard.py) lets the learner's code do. */
export interface PythonPolicy {
  /** a path's access is that of the longest rule path holding it (the last one, for equal paths); elsewhere read only */
  rules: [string, Access][];
  /** may start processes: only when the exercise's `allow` lists child-process */
  children: boolean;
}

/**
 * Read everything but the course's own files (curriculum, reference solutions, the data folder with
 * progress.db and caches); write only the workspace and this run's temp folder. The hidden test may
 * need files beside it (e.g. the app it tests), so its exercise folder stays readable, except the
 * reference solution and the wrong/ answers. `readable`: folders inside those that the code must
 * read (an exercise venv's site-packages).
 */
export async function pythonPolicy(ctx: CheckContext, tempDir: string, readable: string[] = []): Promise<PythonPolicy> {
  const rules: [string, Access][] = [
    [curriculumDir, 'none'],
    [dirname(ctx.exerciseDir), 'none'],
    [await dataDir(), 'none'],
    [ctx.cacheDir, 'none'],
    [ctx.exerciseDir, 'read'],
    [join(ctx.exerciseDir, ctx.exercise.solution), 'none'],
    [join(ctx.exerciseDir, 'wrong'), 'none'],
    [ctx.workspace ?? dirname(ctx.learnerFile), 'write'],
    [ctx.learnerFile, 'write'], // check:curriculum judges the reference solution itself
    [tempDir, 'write'],
    // an exercise venv's packages (python-venv.ts) sit in the cache folder: those, not the rest of it
    ...readable.map((p) => [p, 'read'] as [string, Access]),
    ...(process.platform === 'win32' ? [] : [['/dev/null', 'write'] as [string, Access]]),
  ];
  return { rules, children: ctx.exercise.allow?.includes('child-process') ?? false };
}
