// What `progress` runs, apart from its flags and subcommands (progress.ts): cli.ts runs it without
// loading commander.

export interface ProgressOptions {
  json?: boolean;
}

export async function runProgress(opts: ProgressOptions): Promise<void> {
  const { openWithProfile } = await import('../store/profile.js');
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
