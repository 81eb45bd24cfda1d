// The entry point. The roadmap (`backend-roadmap`, `status`, `progress`) and `new <template>`,
// without flags, are what a learner runs most: they run without commander, whose loading is a good
// part of their start-up (direct-commands.ts). Anything else, flags included, goes through the
// program (program.ts, loaded lazily).
import { EXIT } from './core/errors.js';
import { directAction } from './direct-commands.js';

export { closeStore } from './store/open.js';

/** The full program, for scripts that walk every command (the help cache). */
export async function buildProgram() {
  return (await import('./program.js')).buildProgram();
}

/** The full program (commander), whatever the arguments: tests compare it with the direct path. */
export async function runProgram(argv: string[] = process.argv): Promise<number> {
  return run(async () => (await import('./program.js')).runProgram(argv));
}

/** What commander would hand straight to one action with no options; the bare bin shows the roadmap. */
function withoutCommander(args: string[]): (() => Promise<void>) | undefined {
  if (args.length === 0) return async () => (await import('./commands/status-action.js')).runDefault();
  return directAction(args);
}

/** `backend-roadmap week 3 | head` closes the pipe early: that is not an error. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const direct = withoutCommander(argv.slice(2));
  if (!direct) return runProgram(argv);
  return run(async () => {
    await direct();
    return Number(process.exitCode ?? EXIT.ok);
  });
}

async function run(command: () => Promise<number>): Promise<number> {
  exitQuietlyOnClosedPipe();
  try {
    return await command();
  } catch (error) {
    // loaded only on failure: chalk is not needed to print help or a healthy status
    const { reportError } = await import('./ui/report-error.js');
    return reportError(error);
  }
}
