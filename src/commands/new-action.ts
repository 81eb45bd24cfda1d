// What `new` runs, apart from its flags (new.ts): cli.ts runs `new <template> [dir]` without flags
// without loading commander.
import { CancelledError, usageError } from '../core/errors.js';
import { isLang, LANGS, type Lang } from '../scaffold/lang.js';
import { cmd } from '../core/invocation.js';

export interface NewOptions {
  list?: boolean;
  lang?: string;
  db?: string;
  docker?: boolean;
  git?: boolean;
  install?: boolean;
  pm?: string;
  dryRun?: boolean;
  force?: boolean;
  yes?: boolean;
  json?: boolean;
  starter?: boolean;
}

function langFlag(opts: NewOptions): Lang | undefined {
  if (opts.lang === undefined) return undefined;
  if (!isLang(opts.lang)) throw usageError(`--lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(opts.lang)}`);
  return opts.lang;
}

/** The learner's track, when a profile exists: a Python learner gets Python projects by default. */
async function profileLang(): Promise<Lang | undefined> {
  const { openStoreIfExists } = await import('../store/open.js');
  const db = await openStoreIfExists();
  return db && (await import('../store/profile.js')).getProfile(db)?.track;
}

/** Without --lang: the profile's track, else node; an unknown template fails first, without opening the store. */
async function defaultLang(template: string): Promise<Lang> {
  const { templateLangs } = await import('../scaffold/manifest.js');
  await templateLangs(template);
  return (await profileLang()) ?? 'node';
}

async function runList(json: boolean | undefined, lang: Lang | undefined): Promise<void> {
  const [{ listTemplates }, { printTemplateList }, { printJson }] = await Promise.all([
    import('../scaffold/manifest.js'),
    import('../ui/new-view.js'),
    import('../ui/output.js'),
  ]);
  const templates = (await listTemplates()).filter((t) => lang === undefined || t.lang === lang).map(({ dir: _dir, files: _files, ...t }) => t);
  if (json) printJson(templates);
  else printTemplateList(templates);
}

/** With no template named, ask for everything (a terminal is required for that). */
async function askInteractively(opts: NewOptions, flagLang: Lang | undefined): Promise<{ template: string; dir: string; lang: Lang }> {
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(['<template> (see --list)']);
  const [{ listTemplates }, { select, input, confirm }] = await Promise.all([import('../scaffold/manifest.js'), prompts()]);
  const all = await listTemplates();
  const chosenLang =
    flagLang ??
    (await profileLang()) ??
    (await select<Lang>({
      message: 'Which language?',
      choices: [
        { name: 'Node.js (TypeScript)', value: 'node' },
        { name: 'Python', value: 'python' },
      ],
    }));
  const templates = all.filter((t) => t.lang === chosenLang);
  if (templates.length === 0) throw usageError(`No ${chosenLang} templates yet`, `See them all with: ${cmd('new --list')}`);
  const template = await select({
    message: 'Which project?',
    choices: templates.map((t) => ({ name: `${t.title} (weeks ${t.weeks})`, value: t.name, description: t.description })),
  });
  const manifest = templates.find((t) => t.name === template)!;
  const dir = await input({ message: 'Project folder', default: template });
  if (manifest.options.db && opts.db === undefined) {
    opts.db = await select({ message: 'Database', choices: manifest.options.db.map((d) => ({ name: d === 'sqlite' ? 'SQLite (zero set-up)' : 'PostgreSQL (DATABASE_URL)', value: d })) });
  }
  if (manifest.server && opts.docker === undefined) opts.docker = await confirm({ message: 'Add a Dockerfile and docker-compose.yml?', default: true });
  if (opts.git === undefined) opts.git = await confirm({ message: 'Create a git repository with a first commit?', default: true });
  if (opts.install === undefined) opts.install = await confirm({ message: 'Install dependencies now?', default: true });
  return { template, dir, lang: chosenLang };
}

async function confirmNonEmpty(path: string, opts: NewOptions): Promise<void> {
  const { canPrompt, prompts } = await import('../ui/prompts.js');
  const proceed = canPrompt() && !opts.yes && (await (await prompts()).confirm({
    message: `${path} is not empty. Write the template's files into it anyway? (nothing is deleted)`,
    default: false,
  }));
  if (!proceed) throw usageError(`${path} is not empty; refusing to write into it`, 'Choose another folder, or pass --force to add/overwrite only the template’s files (nothing is deleted).');
}

/**
 * Runs a long child step (an install) so that Ctrl-C or SIGTERM stops the child and ends the command
 * with "Cancelled." and exit 130 instead of killing the CLI half-way through its own bookkeeping.
 */
async function untilInterrupted(step: (signal: AbortSignal) => Promise<void>, hint: string): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  // `on`, not `once`: execa's exit hook re-raises a signal it sees no other listener for, and a
  // `once` listener is already gone by the time that hook looks.
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    await step(controller.signal);
  } catch (error) {
    throw error instanceof CancelledError ? new CancelledError(hint) : error;
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
}

export async function runNew(templateArg: string | undefined, dirArg: string | undefined, opts: NewOptions): Promise<void> {
  const flagLang = langFlag(opts);
  if (opts.list) return runList(opts.json, flagLang);
  const { PACKAGE_MANAGERS, detectPackageManager } = await import('../scaffold/package-manager.js');
  if (opts.pm !== undefined && !(PACKAGE_MANAGERS as string[]).includes(opts.pm)) {
    throw usageError(`--pm must be one of ${PACKAGE_MANAGERS.join(', ')}, got ${JSON.stringify(opts.pm)}`);
  }
  const { template, dir, lang } = templateArg
    ? { template: templateArg, dir: dirArg ?? templateArg, lang: flagLang ?? (await defaultLang(templateArg)) }
    : await askInteractively(opts, flagLang);
  if (lang === 'python' && opts.pm !== undefined) throw usageError('--pm is for Node projects; Python projects install with pip into .venv', 'Drop --pm, or pass --lang node');
  const { planProject, generateProject, recoverTarget, interruptedRun } = await import('../scaffold/generate.js');
  const view = await import('../ui/new-view.js');
  // Before planning: a run killed half-way is rolled back first, so the plan sees the real folder.
  const recovery = opts.dryRun ? undefined : recoverTarget(dir);
  if (recovery) view.printRecovered(recovery);
  const plan = await planProject({ template, lang, dir, db: opts.db, docker: opts.docker, starter: opts.starter });

  if (opts.dryRun) {
    if (interruptedRun(dir)) view.printInterrupted(plan.target.path);
    view.printDryRun(plan);
    return;
  }
  if (plan.target.entries.length > 0 && !opts.force) await confirmNonEmpty(plan.target.path, opts);
  if (plan.overwrites.length) view.printOverwrites(plan);
  const result = generateProject(plan);
  view.printGenerated(plan, result);

  const pm = (opts.pm as 'npm' | 'pnpm' | 'yarn' | undefined) ?? detectPackageManager();
  if (opts.install) {
    const steps = await import('../scaffold/post-steps.js');
    await untilInterrupted(
      (signal) => (lang === 'python' ? steps.installPythonDependencies(plan.target.path, view.printRunning, signal) : steps.installDependencies(plan.target.path, pm, signal)),
      `${plan.target.path} has the project's files but not all its dependencies, and is not recorded as generated: run the install there again.`,
    );
  }
  // Recorded only once the project is complete: an install stopped half-way leaves no record. And only
  // in a learner's existing progress: `new` used as a plain scaffolder leaves no data folder behind.
  const { openStoreIfExists } = await import('../store/open.js');
  const db = await openStoreIfExists();
  if (db) (await import('../store/projects.js')).recordProject(db, plan.manifest.name, plan.target.path, { lang, ...plan.options, git: Boolean(opts.git), install: Boolean(opts.install) });
  if (opts.git) {
    const { gitInit } = await import('../scaffold/post-steps.js');
    const { identityFallback } = await gitInit(plan.target.path);
    view.printGitDone(identityFallback);
  }
  view.printNextSteps(plan, { pm, installed: Boolean(opts.install), cwd: process.cwd() });
}
