/** Exit codes the CLI promises: 0 ok, 1 failure, 2 usage error, 130 cancelled (Ctrl-C). */
export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;

/**
 * The only error a user sees as a message: one line on stderr, plus an optional hint line.
 * Anything else is a bug and is reported as such.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A usage mistake: bad flag value, unknown id, missing argument. */
export function usageError(message: string, hint?: string): UserError {
  return new UserError(message, EXIT.usage, hint);
}

/** The learner stopped the command (Ctrl-C): "Cancelled." and exit 130, with a hint when something is left to know. */
export class CancelledError extends Error {
  constructor(readonly hint?: string) {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}
