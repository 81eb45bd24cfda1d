import { basename, join } from 'node:path';
import { existsSync, lstatSync, statSync, writeFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { weekFolder } from '../core/workspace.js';
import type { Exercise } from '../curriculum/schema.js';

/**
 * The learner's copy keeps the starter's extension: `starter.js` → `<id>.js`,
 * `starter.compose.yml` → `<id>.compose.yml`; an extension-less starter such as `Dockerfile`
 * becomes `<id>.Dockerfile` so the file still says what it is. Python files are snake_case.
 */
export function learnerFileName(exercise: Pick<Exercise, 'id' | 'starter'>): string {
  const name = basename(exercise.starter);
  // A Python file must be a valid module name: `type-conversion-py` → `type_conversion.py`.
  if (name.endsWith('.py')) return `${exercise.id.replace(/-py$/, '').replaceAll('-', '_')}.py`;
  if (name.startsWith('starter.')) return exercise.id + name.slice('starter'.length);
  const dot = name.indexOf('.');
  return dot > 0 ? exercise.id + name.slice(dot) : `${exercise.id}.${name}`;
}

/** `<workspace>/week-NN/<file>` */
export function learnerFilePath(workspace: string, exercise: Pick<Exercise, 'id' | 'starter' | 'week'>): string {
  return join(workspace, weekFolder(exercise.week), learnerFileName(exercise));
}

/**
 * JavaScript exercises are ES modules; a workspace package.json with "type": "module" makes Node
 * treat `.js` that way. `init` writes it, but a learner may delete it: put it back (never overwrite).
 */
export function ensureModuleWorkspace(workspace: string): void {
  const file = join(workspace, 'package.json');
  if (existsSync(file)) return;
  const pkg = { name: 'backend-roadmap-workspace', private: true, type: 'module' };
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`, { flag: 'wx' });
}

/**
 * Whether the learner's file exists, refusing what a check would hang on or misread: a FIFO, a
 * device, a folder, a symlink to nothing. Only stats, never opens.
 */
export function learnerFileExists(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    if (lstatSync(file, { throwIfNoEntry: false })) throw new UserError(`${file} is a symlink to nothing`, 1, 'Remove the link, or point it at your file.');
    return false;
  }
  if (!stat.isFile()) throw new UserError(`${file} is not a regular file, so it cannot be checked`, 1, 'Move it away and put your code in a normal file there.');
  return true;
}
