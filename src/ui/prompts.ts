import { usageError } from '../core/errors.js';

/** True when a person can answer prompts: stdin and stdout are terminals. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/**
 * Call before prompting for values the user did not pass as flags: without a terminal we never wait,
 * we say which flags would have answered the questions.
 */
export function assertCanPrompt(missingFlags: string[]): void {
  if (missingFlags.length === 0 || canPrompt()) return;
  throw usageError(
    `No terminal to ask in: pass ${missingFlags.join(', ')}`,
    'Run in an interactive terminal, or give every value as a flag (see --help).',
  );
}

/** Loaded only when a prompt is really shown: @inquirer/prompts is heavy. */
export async function prompts(): Promise<typeof import('@inquirer/prompts')> {
  return import('@inquirer/prompts');
}
