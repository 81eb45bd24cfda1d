import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT } from './core/errors.js';
import { commandPrefix } from './core/invocation.js';
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
import { registerStatus } from './commands/status.js';
import { registerWeek } from './commands/week.js';

// The commander program: every command's flags and help. Command modules only declare flags here;
// each loads its heavy dependencies inside its action, so `--help` stays close to bare-node start-up.

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Help examples (`  $ backend-roadmap init   what it does`) as runnable here, descriptions kept aligned. */
function withPrefix(text: string, prefix: string): string {
  if (prefix === 'backend-roadmap') return text;
  return text.replace(/^( +\$ )backend-roadmap\b(.*?)(?:( {2,})(\S.*))?$/gm, (_all, lead: string, args: string, gap?: string, about?: string) => {
    const command = `${lead}${prefix}${args}`;
    if (gap === undefined) return command;
    const column = lead.length + 'backend-roadmap'.length + args.length + gap.length;
    return `${command.padEnd(column - 2)}  ${about}`;
  });
}

/** Every command by name, in the order help lists them. */
const COMMANDS: Record<string, (program: Command) => void> = {
  init: registerInit,
  status: registerStatus,
  week: registerWeek,
  exercise: registerExercise,
  quiz: registerQuiz,
  new: registerNew,
  review: registerReview,
  checkin: registerCheckin,
  progress: registerProgress,
  config: registerConfig,
  doctor: registerDoctor,
};

/** The program with its global options and no commands yet. */
function baseProgram(): Command {
  return new Command('backend-roadmap')
    .description('A 16-week course from programming basics to job-ready backend developer, in your terminal.')
    .version(version(), '-v, --version')
    .option('--data-dir <path>', 'where progress is stored (default: BACKEND_ROADMAP_HOME or your OS data folder)')
    .option('--no-color', 'plain output without colours (NO_COLOR is honoured too)')
    .showSuggestionAfterError()
    .exitOverride()
    // help examples run as printed too: `$ npm start -- week 5` from a clone, `$ npx backend-roadmap …` under npx
    .configureOutput({ writeOut: (text) => process.stdout.write(withPrefix(text, commandPrefix())) })
    .hook('preAction', (cmd) => setDataDir(cmd.optsWithGlobals<{ dataDir?: string }>().dataDir))
    .addHelpText(
      'after',
      `
Start here:
  $ backend-roadmap init          set up your profile and workspace
  $ backend-roadmap               see where you are and what to do next
  $ backend-roadmap week          read this week's lesson`,
    );
}

function withCommands(program: Command, registers: ((program: Command) => void)[]): Command {
  for (const register of registers) register(program);
  pointToHelp(program, 'backend-roadmap');
  return program;
}

export function buildProgram(): Command {
  return withCommands(baseProgram(), Object.values(COMMANDS));
}

/** Every usage error (unknown command or option, missing argument) names the help that explains it. */
function pointToHelp(command: Command, path: string): void {
  command.showHelpAfterError(`See: ${path} --help`);
  for (const sub of command.commands) pointToHelp(sub, `${path} ${sub.name()}`);
}

/**
 * Runs argv through commander. No command at all (only global options) shows the roadmap; anything
 * else goes to commander, which reports unknown commands with a suggestion. Commander's own exits
 * (help, version, usage errors it already printed) become exit codes; other errors are thrown.
 */
export async function runProgram(argv: string[]): Promise<number> {
  const program = baseProgram();
  try {
    const { operands, unknown } = program.parseOptions(argv.slice(2));
    if (operands.length === 0 && unknown.length === 0) {
      setDataDir(program.opts<{ dataDir?: string }>().dataDir);
      await (await import('./commands/status-action.js')).runDefault();
    } else {
      // Only the command named, when it is one of ours (its parsing and help need no other):
      // declaring all eleven is a good part of a short command's start-up.
      const name = operands[0];
      withCommands(program, name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS));
      // commander answers `help frobnicate` with the whole help on stderr and no error
      const asked = operands[1];
      if (name === 'help' && asked !== undefined && !Object.hasOwn(COMMANDS, asked)) program.error(`error: unknown command '${asked}'`, { code: 'commander.unknownCommand' });
      await program.parseAsync(argv);
    }
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // commander already printed the message; help and --version are not errors
    const fine = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    return fine ? EXIT.ok : EXIT.usage;
  }
}
