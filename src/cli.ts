// The entry point. The roadmap (`backend-roadmap`, `status`, `progress`, without flags) is what a
// learner runs most: it runs without commander, whose loading is a good part of its start-up.
// Anything else, flags included, goes through the program (program.ts, loaded lazily).
import { EXIT } from './core/errors.js';

export { closeStore } from './store/open.js';

/** The full program, for scripts that walk every command (the help cache). */
export async function buildProgram() {
  return (await import('./program.js')).buildProgram();
}

/** What commander would hand straight to one action with no options: the bare bin, `status`, `progress`. */
function roadmapAction(args: string[]): (() => Promise<void>) | undefined {
  if (args.length === 0) return async () => (await import('./commands/status-action.js')).runDefault();
  if (args.length > 1) return undefined;
  if (args[0] === 'status') return async () => (await import('./commands/status-action.js')).runStatus({});
  if (args[0] === 'progress') return async () => (await import('./commands/progress-action.js')).runProgress({});
  return undefined;
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
  exitQuietlyOnClosedPipe();
  try {
    const roadmap = roadmapAction(argv.slice(2));
    if (!roadmap) return await (await import('./program.js')).runProgram(argv);
    await roadmap();
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    // loaded only on failure: chalk is not needed to print help or a healthy status
    const { reportError } = await import('./ui/report-error.js');
    return reportError(error);
  }
}
