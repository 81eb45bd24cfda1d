import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve, sep } from 'node:path';
import { usageError } from '../core/errors.js';

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
 * current directory; `..` segments, NUL bytes and over-long names are refused outright.
 */
export function resolveTarget(dir: string, cwd = process.cwd()): Target {
  if (dir.includes('\0')) throw usageError('The project path contains a NUL byte');
  if (dir.trim() === '') throw usageError('The project path is empty');
  if (dir.split(/[\\/]+/).includes('..')) throw usageError(`Refusing ${JSON.stringify(dir)}: ".." is not allowed in the project path`);
  const path = resolve(cwd, dir);
  if (!isAbsolute(dir) && path !== cwd && !path.startsWith(cwd.endsWith(sep) ? cwd : cwd + sep)) {
    throw usageError(`Refusing ${JSON.stringify(dir)}: it resolves outside the current folder`);
  }
  const name = basename(path);
  if (name.length > 214) throw usageError('The project folder name is longer than 214 characters');
  if (existsSync(path) && !statSync(path).isDirectory()) throw usageError(`${dir} exists and is a file, not a folder`);
  const entries = existsSync(path) ? readdirSync(path) : [];
  return { path, name, exists: existsSync(path), entries };
}
