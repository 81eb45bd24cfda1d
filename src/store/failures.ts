import { UserError } from '../core/errors.js';

// Loaded by the error reporter: no better-sqlite3 here, errors are recognised by their code.

/** Why the open database refuses writes (read-only folder, newer schema), when it does. */
let readOnlyReason: string | undefined;
/** A newer schema may also lack what this version reads: its SQL errors get the same explanation. */
let schemaIsNewer = false;

export function setReadOnlyReason(reason: string | undefined, newerSchema = false): void {
  readOnlyReason = reason;
  schemaIsNewer = newerSchema;
}

export const LOCKED_MESSAGE = 'another backend-roadmap is writing; try again';

/**
 * Turns a failure of the disk or of SQLite into the one line the learner sees, or undefined when
 * the error is not one of those (then it is a bug and reported as such).
 */
export function describeStorageFailure(error: unknown): UserError | undefined {
  const described = describe(error);
  // DEBUG=backend-roadmap shows where the original failure happened
  if (described && error instanceof Error) described.stack = error.stack;
  return described;
}

function describe(error: unknown): UserError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return undefined;
  const where = path ? ` (${path})` : '';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return new UserError(LOCKED_MESSAGE, 1);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /^SQLITE_IOERR_(WRITE|SHMSIZE|SHMMAP)/.test(code)) {
    return new UserError(`The disk is full${where}: nothing was saved.`, 1, 'Free some space and run the command again.');
  }
  if (code.startsWith('SQLITE_READONLY') || (code === 'SQLITE_ERROR' && schemaIsNewer)) {
    return new UserError(readOnlyReason ?? 'The progress database is read-only: nothing was saved.', 1);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new UserError(
      'The progress database is damaged: nothing was saved.',
      1,
      'Run `backend-roadmap doctor` to check it, and `backend-roadmap progress restore --list` to put a backup back.',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new UserError(`Cannot read or write the progress database (${code}).`, 1, 'Check that its folder exists and is writable.');
  }
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`Permission denied${where}.`, 1);
  if (code === 'EROFS') return new UserError(`The file system is read-only${where}: nothing was saved.`, 1);
  if (code === 'ENOTDIR') return new UserError(`A file stands where a folder should be${where}.`, 1);
  if (code === 'EISDIR') return new UserError(`A folder stands where a file should be${where}.`, 1);
  return undefined;
}
