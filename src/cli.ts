import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT } from './core/errors.js';
import { setDataDir } from './core/paths.js';
import { registerCheckin } from './commands/checkin.js';
import { registerConfig } from './commands/config.js';
import { registerDoctor } from './commands/doctor.js';
import { registerExercise } from './commands/exercise.js';
import { registerInit } from './commands/init.js';
import { registerNew } from './commands/new.js';
import { registerProgress } from './commands/progress.js';
import { registerQuiz } from './commands/quiz.js';
import { registerReview } from './commands/review.js';
import { registerStatus, runDefault } from './commands/status.js';
import { registerWeek } from './commands/week.js';

// Command modules only declare flags here; each loads its heavy dependencies inside its action,
// so `--help` and `status` stay close to bare-node start-up time.

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('backend-roadmap')
    .description('A 16-week course from programming basics to job-ready backend developer, in your terminal.')
    .version(version(), '-v, --version')
    .option('--data-dir <path>', 'where progress is stored (default: BACKEND_ROADMAP_HOME or your OS data folder)')
    .option('--no-color', 'plain output without colours (NO_COLOR is honoured too)')
    .showSuggestionAfterError()
    .exitOverride()
    .hook('preAction', (cmd) => setDataDir(cmd.optsWithGlobals<{ dataDir?: string }>().dataDir))
    .addHelpText(
      'after',
      `
Start here:
  $ backend-roadmap init          set up your profile and workspace
  $ backend-roadmap               see where you are and what to do next
  $ backend-roadmap week          read this week's lesson`,
    );
  for (const register of [
    registerInit,
    registerStatus,
    registerWeek,
    registerExercise,
    registerQuiz,
    registerNew,
    registerReview,
    registerCheckin,
    registerProgress,
    registerConfig,
    registerDoctor,
  ]) {
    register(program);
  }
  pointToHelp(program, 'backend-roadmap');
  return program;
}

/** Every usage error (unknown command or option, missing argument) names the help that explains it. */
function pointToHelp(command: Command, path: string): void {
  command.showHelpAfterError(`See: ${path} --help`);
  for (const sub of command.commands) pointToHelp(sub, `${path} ${sub.name()}`);
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
  const program = buildProgram();
  try {
    // No command at all (only global options): show the roadmap. Anything else goes to commander,
    // which reports unknown commands with a suggestion.
    const { operands, unknown } = program.parseOptions(argv.slice(2));
    if (operands.length === 0 && unknown.length === 0) {
      setDataDir(program.opts<{ dataDir?: string }>().dataDir);
      await runDefault();
    } else await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed the message; help and --version are not errors
      const fine = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return fine ? EXIT.ok : EXIT.usage;
    }
    // loaded only on failure: chalk is not needed to print help or a healthy status
    const { reportError } = await import('./ui/report-error.js');
    return reportError(error);
  }
}
