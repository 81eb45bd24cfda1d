import { lstatSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { isInside, realPath } from '../core/real-path.js';

export interface Target {
  /** absolute path of the project folder */
  path: string;
  /** its basename: the package name */
  name: string;
  exists: boolean;
  /** existing entries, when the folder exists and is not empty */
  entries: string[];
}

/**
 * Resolves the folder the user named. Absolute paths are fine; relative ones must stay inside the
 * current directory, symlinks included; `..` segments, NUL bytes and over-long names are refused
 * outright. The folder itself may not be a symlink: `new` writes into the folder named, never
 * through a link to somewhere else.
 */
export function resolveTarget(dir: string, cwd = process.cwd()): Target {
  if (dir.includes('\0')) throw usageError('The project path contains a NUL byte');
  if (dir.trim() === '') throw usageError('The project path is empty');
  if (dir.split(/[\\/]+/).includes('..')) throw usageError(`Refusing ${JSON.stringify(dir)}: ".." is not allowed in the project path`);
  const path = resolve(cwd, dir);
  if (!isAbsolute(dir) && (!isInside(path, cwd) || !isInside(realPath(path), realPath(cwd)))) {
    throw usageError(`Refusing ${JSON.stringify(dir)}: it resolves outside the current folder`);
  }
  const name = basename(path);
  if (name.length > 214) throw usageError('The project folder name is longer than 214 characters');
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) throw usageError(`${dir} is a symbolic link; name the real folder instead`);
  if (stat && !stat.isDirectory()) throw usageError(`${dir} exists and is a file, not a folder`);
  const entries = stat ? readdirSync(path) : [];
  return { path, name, exists: Boolean(stat), entries };
}

/**
 * The template files that already exist in the target (what --force replaces), after refusing, up
 * front, any path that cannot be written safely: a folder where the template has a file, a file
 * where it needs a folder, or a symlink or special file on the way (writing through a link could
 * land outside the project).
 */
export function existingTemplateFiles(target: Target, files: string[]): string[] {
  if (!target.exists) return [];
  const existing: string[] = [];
  for (const rel of files) {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      const stat = lstatSync(join(target.path, sub), { throwIfNoEntry: false });
      if (!stat) break;
      const last = i === parts.length;
      if (stat.isSymbolicLink()) throw usageError(`${sub} in ${target.path} is a symbolic link; refusing to write through it`, 'Remove the link, or choose another folder.');
      if (last && stat.isDirectory()) throw usageError(`${sub} in ${target.path} is a folder, but the template has a file there`, 'Move the folder away, or choose another folder.');
      if (!last && !stat.isDirectory()) throw usageError(`${sub} in ${target.path} is a file, but the template needs a folder there`, 'Move the file away, or choose another folder.');
      if (last && !stat.isFile()) throw usageError(`${sub} in ${target.path} is not a regular file; refusing to replace it`);
      if (last) existing.push(rel);
    }
  }
  return existing;
}
