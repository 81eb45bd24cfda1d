import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** `path` is `folder` or lies below it (both absolute, already resolved). */
export const isInside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** The path with the symlinks of its existing part resolved (the rest does not exist yet). */
export function realPath(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), path.slice(existing.length));
}

/**
 * True when writing to `file` lands inside `folder`: no symlink on the way (the file itself
 * included, dangling or not) leads elsewhere.
 */
export function writesInside(file: string, folder: string): boolean {
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() && !existsSync(file)) return false; // dangling: would create its target
  return isInside(realPath(file), realPath(folder));
}
