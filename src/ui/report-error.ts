import { CancelledError, EXIT, UserError } from '../core/errors.js';
import { describeStorageFailure } from '../store/failures.js';
import { c } from './theme.js';

const debugging = () => (process.env.DEBUG ?? '').split(',').some((d) => d.trim() === 'backend-roadmap' || d.trim() === '*');

/** Turns any thrown value into one readable stderr line (and a hint); returns the exit code. */
export function reportError(thrown: unknown): number {
  // a full disk, a lock held too long, a read-only folder: the learner's situation, not a bug
  const error = describeStorageFailure(thrown) ?? thrown;
  if (error instanceof Error && (error.name === 'ExitPromptError' || error instanceof CancelledError)) {
    // Ctrl-C inside a prompt (nothing was written yet) or during a step that stopped cleanly: leave quietly.
    process.stderr.write(`${c.dim('Cancelled.')}\n`);
    if (error instanceof CancelledError && error.hint) process.stderr.write(`${c.dim(error.hint)}\n`);
    return EXIT.cancelled;
  }
  if (error instanceof UserError) {
    process.stderr.write(`${c.red('error:')} ${error.message}\n`);
    if (error.hint) process.stderr.write(`${c.dim(error.hint)}\n`);
    if (debugging() && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${c.red('error:')} unexpected failure: ${message.split('\n')[0]}\n`);
  if (debugging() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${c.dim('Run again with DEBUG=backend-roadmap for details, and please report it.')}\n`);
  return EXIT.failure;
}
