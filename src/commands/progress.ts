import type { Command } from 'commander';
import { UserError, usageError } from '../core/errors.js';
import { ACTIONS } from '../direct-commands.js';
import { cmd } from '../core/invocation.js';

async function runExport(file: string | undefined, opts: { force?: boolean }): Promise<void> {
  const [{ openStoreIfExists }, { exportProgressJson }, { databasePath }] = await Promise.all([import('../store/open.js'), import('../progress/transfer.js'), import('../core/paths.js')]);
  const db = await openStoreIfExists();
  // no database at all: a wrong --data-dir is likelier than a wish for an empty export
  if (!db) throw new UserError(`No progress database at ${await databasePath()}: nothing to export`, 1, `Wrong data folder? Pass --data-dir. New here? ${cmd('init')}`);
  const json = exportProgressJson(db);
  if (!file) {
    process.stdout.write(json);
    return;
  }
  const { writeUserFile } = await import('../core/atomic-write.js');
  writeUserFile(file, json, { overwrite: Boolean(opts.force) });
  const { success } = await import('../ui/output.js');
  success(`Progress exported to ${file}`);
}

/** Every question has a flag: without a terminal we never wait, we name the flag. */
async function confirmed(message: string, flag: string): Promise<boolean> {
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt([flag]);
  const { confirm } = await prompts();
  return confirm({ message, default: false });
}

/** Reads the file only when it is a regular one: a FIFO or a device would block or never end. */
async function readImportFile(file: string): Promise<unknown> {
  const { readFileSync, statSync } = await import('node:fs');
  try {
    if (!statSync(file).isFile()) throw usageError(`Cannot import ${file}: not a regular file`);
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message.split('\n')[0];
    throw usageError(`Cannot import ${file}: ${reason}`);
  }
}

interface ImportOptions {
  yes?: boolean;
  workspace?: string;
}

async function runImport(file: string, opts: ImportOptions): Promise<void> {
  const raw = await readImportFile(file);
  const [{ progressFileSchema, importProgress }, { openStore, backupNow, storeFile }, { getProfile }] = await Promise.all([
    import('../progress/transfer.js'),
    import('../store/open.js'),
    import('../store/profile.js'),
  ]);
  const parsed = progressFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`Refused ${file}: not a valid backend-roadmap progress export (${issue.path.join('.') || 'file'}: ${issue.message}). Nothing was imported.`, 2);
  }
  const data = parsed.data;
  const db = await openStore();
  // The imported profile would decide where exercises and projects are written: the learner says so.
  if (data.profile && !getProfile(db)) {
    const { resolve } = await import('node:path');
    if (opts.workspace) data.profile.workspace = resolve(opts.workspace);
    else if (!opts.yes && !(await confirmed(`Write your files to ${data.profile.workspace} (the imported profile's workspace)?`, '--yes or --workspace <dir>'))) {
      throw usageError('Nothing was imported.', 'Choose the folder with --workspace <dir>, or accept the imported one with --yes.');
    }
  }
  await backupNow(db, storeFile()!, 'before-import');
  const summary = importProgress(db, data);
  const [{ success, line }, { count }] = await Promise.all([import('../ui/output.js'), import('../ui/plural.js')]);
  success(`Imported ${file}`);
  line(
    `  added ${count(summary.checkins, 'check-in')}, ${count(summary.exerciseAttempts, 'exercise attempt')}, ${count(summary.quizResults, 'quiz result')}, ${count(summary.projects, 'project')}; ${count(summary.weeksCompleted, 'week')} newly complete`,
  );
  if (summary.profile === 'kept-existing') line('  your existing profile was kept');
  if (summary.profile === 'imported') line(`  profile imported; your files go to ${data.profile!.workspace}`);
}

async function runRestore(name: string | undefined, opts: { list?: boolean; yes?: boolean }): Promise<void> {
  const [{ databasePath }, { listBackups, findBackup, restoreBackup }, { line, success }] = await Promise.all([
    import('../core/paths.js'),
    import('../store/restore.js'),
    import('../ui/output.js'),
  ]);
  const dbFile = await databasePath();
  if (opts.list || !name) {
    const backups = listBackups(dbFile);
    if (backups.length === 0) line('No backups yet: one is taken each day you study, and before every upgrade and import.');
    for (const b of backups) line(`${b.name}  ${(b.bytes / 1024).toFixed(0)} KiB`);
    if (!opts.list && backups.length) line('Put one back with: backend-roadmap progress restore <name>');
    return;
  }
  const source = findBackup(dbFile, name);
  if (!opts.yes && !(await confirmed(`Replace your progress with ${name}? (your current progress is backed up first)`, '--yes'))) {
    return line('Nothing changed.');
  }
  const saved = await restoreBackup(dbFile, source);
  success(`Restored ${name}.${saved ? ` Your previous progress is in ${saved}` : ''}`);
}

export function registerProgress(program: Command): void {
  const progress = program
    .command('progress')
    .description('totals, per-week completion, check-in history and projects; export or import your progress')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ backend-roadmap progress\n  $ backend-roadmap progress export backup.json\n  $ backend-roadmap progress import backup.json\n  $ backend-roadmap progress restore --list',
    )
    .action(ACTIONS.progress);
  progress
    .command('export')
    .argument('[file]', 'write to this file (default: print to stdout)')
    .description('export all progress as JSON')
    .option('--force', 'overwrite the file if it exists')
    .action(runExport);
  progress
    .command('import')
    .argument('<file>', 'a file made by `progress export`')
    .description('validate an export and merge it: adds what is missing, never removes or duplicates')
    .option('--workspace <dir>', 'when the export brings a profile: write your files here instead of its workspace')
    .option('--yes', "when the export brings a profile: use its workspace without asking")
    .action(runImport);
  progress
    .command('restore')
    .argument('[backup]', 'a backup name from --list (or a path to one)')
    .description('list the automatic backups of your progress, or put one back (the current progress is backed up first)')
    .option('--list', 'list the backups, newest first')
    .option('--yes', 'restore without asking')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap progress restore --list\n  $ backend-roadmap progress restore progress-2026-12-01T10-00-00.000Z-daily.db --yes')
    .action(runRestore);
}
