import type { Command } from 'commander';
import { UserError, usageError } from '../core/errors.js';

interface ProgressOptions {
  json?: boolean;
}

async function openWithProfile() {
  const [{ openStore }, { requireProfile }] = await Promise.all([import('../store/open.js'), import('../store/profile.js')]);
  const db = await openStore();
  return { db, profile: requireProfile(db) };
}

async function runProgress(opts: ProgressOptions): Promise<void> {
  const { db, profile } = await openWithProfile();
  const [{ readIndex }, { buildStatus }, { countCheckins, listCheckins, recentCheckins }, { listProjects }] = await Promise.all([
    import('../curriculum/index-file.js'),
    import('../progress/status-model.js'),
    import('../store/checkins.js'),
    import('../store/projects.js'),
  ]);
  const status = buildStatus(db, profile, await readIndex());
  const projects = listProjects(db);
  if (opts.json) {
    const { printJson } = await import('../ui/output.js');
    printJson({ ...status, checkins: listCheckins(db), projects });
    return;
  }
  // the view shows the latest check-ins only: never read the whole history for it
  const { printProgress, RECENT_CHECKINS } = await import('../ui/progress-view.js');
  printProgress({ ...status, checkinCount: countCheckins(db), recentCheckins: recentCheckins(db, RECENT_CHECKINS), projects });
}

async function runExport(file: string | undefined, opts: { force?: boolean }): Promise<void> {
  const [{ openStore }, { exportProgress }] = await Promise.all([import('../store/open.js'), import('../progress/transfer.js')]);
  const json = `${JSON.stringify(exportProgress(await openStore()), null, 2)}\n`;
  if (!file) {
    process.stdout.write(json);
    return;
  }
  const { writeUserFile } = await import('../core/atomic-write.js');
  writeUserFile(file, json, { overwrite: Boolean(opts.force) });
  const { success } = await import('../ui/output.js');
  success(`Progress exported to ${file}`);
}

async function runImport(file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw usageError(`Cannot import ${file}: ${reason}`);
  }
  const [{ progressFileSchema, importProgress }, { openStore }] = await Promise.all([
    import('../progress/transfer.js'),
    import('../store/open.js'),
  ]);
  const parsed = progressFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`Refused ${file}: not a backend-roadmap progress export (${issue.path.join('.') || 'file'}: ${issue.message}). Nothing was imported.`, 2);
  }
  const summary = importProgress(await openStore(), parsed.data);
  const { success, line } = await import('../ui/output.js');
  success(`Imported ${file}`);
  line(
    `  added ${summary.checkins} check-ins, ${summary.exerciseAttempts} exercise attempts, ${summary.quizResults} quiz results, ${summary.projects} projects; ${summary.weeksCompleted} weeks newly complete`,
  );
  if (summary.profile === 'kept-existing') line('  your existing profile was kept');
  if (summary.profile === 'imported') line('  profile imported');
}

export function registerProgress(program: Command): void {
  const progress = program
    .command('progress')
    .description('totals, per-week completion, check-in history and projects; export or import your progress')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ backend-roadmap progress\n  $ backend-roadmap progress export backup.json\n  $ backend-roadmap progress import backup.json',
    )
    .action(runProgress);
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
    .action(runImport);
}
