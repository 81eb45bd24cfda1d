import type { Command } from 'commander';
import type { Track } from '../curriculum/schema.js';
import { parseTrackOption, trackFlag } from '../curriculum/tracks.js';

interface DoctorOptions {
  json?: boolean;
  track?: string;
}

async function runDoctorCommand(opts: DoctorOptions): Promise<void> {
  const trackOption = parseTrackOption(opts.track);
  const [{ runDoctor }, { execa }, { openStoreIfExists }, { getProfile }] = await Promise.all([
    import('../core/doctor.js'),
    import('execa'),
    import('../store/open.js'),
    import('../store/profile.js'),
  ]);
  // a damaged database must not stop the check that reports it
  const { checkDatabase } = await import('../store/integrity.js');
  const { databasePath } = await import('../core/paths.js');
  const dbFile = await databasePath();
  const database = { path: dbFile, state: checkDatabase(dbFile) };
  const usable = database.state === 'ok' || database.state === 'missing';
  const db = usable ? await openStoreIfExists() : undefined;
  const track: Track = trackOption ?? (db && getProfile(db)?.track) ?? 'node';
  const checks = await runDoctor(track, async (command, args, timeoutMs = 10_000) => {
    const result = await execa(command, args, { reject: false, timeout: timeoutMs });
    return result.exitCode === 0 ? `${result.stdout} ${result.stderr}`.trim() : undefined;
  });
  const failed = checks.some((c) => c.required && !c.ok) || !usable;
  if (opts.json) {
    const { printJson } = await import('../ui/output.js');
    printJson({ track, ok: !failed, checks, database });
  } else {
    const { printDoctor } = await import('../ui/doctor-view.js');
    printDoctor(track, checks);
    const { line } = await import('../ui/output.js');
    line(usable ? `Progress database: ${database.state === 'ok' ? 'ok' : 'not created yet'} (${dbFile})` : `Progress database ${dbFile} is damaged: ${database.state}. See: backend-roadmap progress restore --list`);
  }
  if (failed) process.exitCode = 1;
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check your machine: Node.js 20.12+ (22 or 24 LTS advised), npm, git, Python 3.11+ (Python track); psql, docker (and its daemon), redis-cli, a C/C++ toolchain as hints')
    .option('--track <track>', 'check for node or python instead of your profile track', trackFlag)
    .option('--json', 'print the checks as JSON')
    .addHelpText('after', '\nExit code 1 only when a required tool is missing.\n\nExamples:\n  $ backend-roadmap doctor\n  $ backend-roadmap doctor --track python --json')
    .action(runDoctorCommand);
}
