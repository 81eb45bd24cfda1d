// What `status` and the bare `backend-roadmap` run, apart from their flags (status.ts): cli.ts runs
// them without loading commander.

export interface StatusOptions {
  json?: boolean;
  compact?: boolean;
}

export async function runStatus(opts: StatusOptions): Promise<void> {
  const [{ openWithProfile }, { readIndex }, { buildStatus }] = await Promise.all([
    import('../store/profile.js'),
    import('../curriculum/index-file.js'),
    import('../progress/status-model.js'),
  ]);
  const { db, profile } = await openWithProfile();
  const model = buildStatus(db, profile, await readIndex());
  if (opts.json) {
    const { printJson } = await import('../ui/output.js');
    printJson(model);
    return;
  }
  const { printStatus } = await import('../ui/status-view.js');
  printStatus(model, { compact: opts.compact });
}

/** `backend-roadmap` with no command: the roadmap once a profile exists, a welcome otherwise. */
export async function runDefault(): Promise<void> {
  const [{ openStoreIfExists }, { getProfile }] = await Promise.all([import('../store/open.js'), import('../store/profile.js')]);
  const db = await openStoreIfExists();
  if (db && getProfile(db)) return runStatus({});
  const [{ line }, { cmd }] = await Promise.all([import('../ui/output.js'), import('../core/invocation.js')]);
  line('Welcome to backend-roadmap: 16 weeks from programming basics to job-ready backend developer.');
  line(`Start with:  ${cmd('init')}`);
  line(`All commands: ${cmd('--help')}`);
}
