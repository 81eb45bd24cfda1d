import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { resolveUsersFile } from './config.js';
import { AppError, ExitCode } from './errors.js';
import { createProgram } from './program.js';
import { UserStore } from './store/user-store.js';

export interface RunIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function readVersion(): string {
  // Works from both src/ (tsx) and dist/: package.json is one level up.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}

/** Runs one command (`args` without "node" and the script path) and returns the exit code. */
export async function run(args: string[], io: RunIo): Promise<number> {
  const store = new UserStore(resolveUsersFile(io.env, io.cwd));
  const program = createProgram({ store, stdout: io.stdout, stderr: io.stderr }, readVersion());

  try {
    await program.parseAsync(args, { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    // Commander already printed its message (unknown option, missing argument, help...).
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;

    if (error instanceof AppError) {
      const details = error.details.map((line) => `  - ${line}\n`).join('');
      io.stderr(`Error: ${error.message}\n${details}`);
      return error.exitCode;
    }

    io.stderr(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.Unexpected;
  }
}
