import { CalcError } from './errors.js';

/**
 * Renders an error for the terminal. When the error has a position, the input is
 * echoed with a caret under the offending character:
 *
 *   Error: Division by zero at position 3
 *     2 / 0
 *       ^
 */
export function formatError(input: string, error: unknown): string {
  if (!(error instanceof CalcError)) {
    const message = error instanceof Error ? error.message : String(error);
    return `Error: ${message}\n`;
  }
  let text = `Error: ${error.message}\n`;
  if (error.position !== undefined && input.length > 0 && !input.includes('\n')) {
    text += `  ${input}\n  ${' '.repeat(error.position)}^\n`;
  }
  return text;
}
