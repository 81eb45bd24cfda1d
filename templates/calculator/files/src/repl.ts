import readline from 'node:readline';
import { calculate, CalcError } from './calculate.js';
import { formatNumber } from './format.js';
import { formatError } from './report.js';

export interface ReplOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errorOutput: NodeJS.WritableStream;
  /** true when a person is typing (stdin is a TTY): show a banner and a prompt. */
  interactive: boolean;
  precision: number;
}

export const REPL_HELP = `Type an expression and press Enter, e.g. 2 * (3 + 4) ^ 2
  operators   +  -  * x ×  / ÷  %  ^   (^ binds tightest and is right-associative)
  names       ans (the previous result), pi, e
  commands    help, exit (or Ctrl-D)
`;

/**
 * Read-eval-print loop. Lines are read with `for await (const line of rl)`, which,
 * unlike rl.question(), never drops lines when input is piped in
 * (e.g. `printf '1+1\\nans*3\\n' | calc`).
 *
 * Resolves to the process exit code: 0, or 1 when input was piped and a line failed,
 * so scripts can detect errors.
 */
export async function runRepl(options: ReplOptions): Promise<number> {
  const { input, output, errorOutput, interactive, precision } = options;
  const rl = readline.createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  rl.setPrompt('> ');
  // Ctrl-C closes the REPL just like Ctrl-D.
  rl.on('SIGINT', () => rl.close());

  let ans = 0;
  let failures = 0;

  if (interactive) {
    output.write('Calculator REPL. Type "help" for help, "exit" or Ctrl-D to quit.\n');
    rl.prompt();
  }

  for await (const rawLine of rl) {
    const line = rawLine.trim();
    if (line === 'exit' || line === 'quit') break;

    if (line === 'help') {
      output.write(REPL_HELP);
    } else if (line !== '') {
      try {
        ans = calculate(line, { ans });
        output.write(`${formatNumber(ans, precision)}\n`);
      } catch (error) {
        if (!(error instanceof CalcError)) throw error;
        failures += 1;
        errorOutput.write(formatError(line, error));
      }
    }
    if (interactive) rl.prompt();
  }

  rl.close();
  if (interactive) output.write('\n');
  return !interactive && failures > 0 ? 1 : 0;
}
