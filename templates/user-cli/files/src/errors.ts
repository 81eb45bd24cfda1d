/**
 * Exit codes: scripts can tell what went wrong without parsing messages.
 * Documented in the README; keep the two in sync.
 */
export const ExitCode = {
  Ok: 0,
  Unexpected: 1,
  Usage: 2,
  NotFound: 3,
  Conflict: 4,
  Storage: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class for every error we expect and report nicely (anything else is a bug). */
export abstract class AppError extends Error {
  abstract readonly exitCode: ExitCode;

  constructor(
    message: string,
    /** Extra lines printed under the message, e.g. one per invalid field. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: invalid email, empty name, unknown role, malformed id, nothing to update. */
export class ValidationError extends AppError {
  readonly exitCode = ExitCode.Usage;
}

export class NotFoundError extends AppError {
  readonly exitCode = ExitCode.NotFound;
}

/** The request is valid but clashes with existing data (e.g. the email is taken). */
export class ConflictError extends AppError {
  readonly exitCode = ExitCode.Conflict;
}

/** The users file cannot be read, parsed or written. */
export class StorageError extends AppError {
  readonly exitCode = ExitCode.Storage;
}
// @starter-drop
// @starter-else
//
// /** A command you have not built yet: the message names the review stage it belongs to. */
// export class NotImplementedError extends AppError {
//   readonly exitCode = ExitCode.Unexpected;
// }
// @starter-end
