import type { Command } from 'commander';
import { EXIT, usageError } from '../core/errors.js';
import { cacheDir } from '../core/paths.js';
import { cmd } from '../core/invocation.js';

interface ReviewFlags {
  stage?: string;
  list?: boolean;
  json?: boolean;
  url?: string;
  cmd?: string;
  dir?: string;
}

function parseStage(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--stage must be a stage number (1, 2, ...), got ${JSON.stringify(text)}`);
  return n;
}

function parseUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  throw usageError(`--url must be an http(s) URL such as http://localhost:3000, got ${JSON.stringify(text)}`);
}

async function runList(project: string | undefined, dir: string, json: boolean): Promise<void> {
  const [{ describeProject }, { loadStages, projectNames }, { openStoreIfExists }, { reviewedProjects }] = await Promise.all([
    import('../review/project.js'),
    import('../review/stages.js'),
    import('../store/open.js'),
    import('../store/reviews.js'),
  ]);
  const name = project ?? describeProject(dir, {}).project;
  if (!name) throw usageError(`Which project? ${dir} has no backend-roadmap.json`, `Name one: ${cmd(`review --list <${projectNames().join('|')}>`)}`);
  const file = await loadStages(name);
  const db = await openStoreIfExists();
  const last = (db ? reviewedProjects(db) : []).find((p) => p.projectPath === dir && p.project === name)?.stages ?? new Map<string, boolean>();
  if (json) {
    const { printJson } = await import('../ui/output.js');
    return printJson(file.stages.map((s, i) => ({ number: i + 1, id: s.id, week: s.week, title: s.title, task: s.task, lastPassed: last.get(s.id) ?? null })));
  }
  const { printStageList } = await import('../ui/review-view.js');
  printStageList(file, last);
}

/** Marks each week whose stages of this project all passed; returns the weeks newly complete. */
async function completeWeeks(db: import('../store/db.js').Db, report: import('../review/types.js').ReviewReport): Promise<number[]> {
  const [{ readProjectsIndex }, { weeksPassed }, { completedWeeks, markWeekComplete }] = await Promise.all([
    import('../review/projects-index.js'),
    import('../review/week-completion.js'),
    import('../store/weeks.js'),
  ]);
  const stages = readProjectsIndex().projects[report.project]?.stages ?? [];
  const done = completedWeeks(db);
  const newly = weeksPassed(stages, report.stages).filter((w) => !done.has(w));
  for (const week of newly) markWeekComplete(db, week, 'review');
  return newly;
}

async function runReview(project: string | undefined, flags: ReviewFlags): Promise<void> {
  const { resolve } = await import('node:path');
  const dir = resolve(flags.dir ?? process.cwd());
  const stage = flags.stage === undefined ? undefined : parseStage(flags.stage);
  const url = flags.url === undefined ? undefined : parseUrl(flags.url);
  if (flags.list) return runList(project, dir, Boolean(flags.json));

  const [{ reviewProject }, { withInterruptCleanup }, { readMarker }, view] = await Promise.all([
    import('../review/review.js'),
    import('../review/interrupt.js'),
    import('../review/project.js'),
    import('../ui/review-view.js'),
  ]);
  const cache = await cacheDir();
  if (!flags.json) view.printReviewStart(project ?? readMarker(dir)?.project ?? 'this folder', dir);
  const report = await withInterruptCleanup(() =>
    reviewProject({
      dir,
      ...(project ? { project } : {}),
      ...(stage ? { stage } : {}),
      ...(url ? { url } : {}),
      ...(flags.cmd ? { cmd: flags.cmd } : {}),
      cacheDir: cache,
      ...(flags.json ? {} : { onStage: view.printStageLine, onNote: view.printNote }),
    }),
  );
  const [{ openStore }, { recordReview }] = await Promise.all([import('../store/open.js'), import('../store/reviews.js')]);
  const db = await openStore();
  recordReview(db, report.dir, report.project, report.stages.map((s) => ({ stageId: s.id, passed: s.passed })));
  const weeksCompleted = await completeWeeks(db, report);
  if (flags.json) {
    const { printJson } = await import('../ui/output.js');
    printJson({ ...report, weeksCompleted });
  } else view.printReviewReport(report, weeksCompleted);
  if (!report.passed) process.exitCode = EXIT.failure;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .argument('[project]', 'blog-api, ecommerce-api, chat-server, calculator, user-cli, blog-schema (default: from backend-roadmap.json)')
    .description('check YOUR project stage by stage: starts it, sends real requests, tells you the first thing that is not right yet')
    .option('--stage <n>', 'run stages 1..n only (earlier stages always re-run)')
    .option('--list', 'show the stages, what each asks, and which passed last time')
    .option('--json', 'machine-readable output')
    .option('--url <url>', 'review a server you already run (starts nothing)')
    .option('--cmd <command>', 'how to start your program; $PORT is replaced by the port to listen on (CLI projects: the command, sql projects: the schema file)')
    .option('--dir <path>', 'the project folder (default: the current folder)')
    .addHelpText(
      'after',
      `
Exit codes: 0 every requested stage passes, 1 a stage fails, 2 usage error, 130 interrupted.
Your start command runs through your shell, as if you typed it, with PORT, HOST=127.0.0.1,
NODE_ENV=production, a fresh JWT_SECRET and an empty database (SQLITE_FILE, or DATABASE_URL:
yours if set, else an embedded PostgreSQL). Everything it starts is stopped afterwards.

Examples:
  $ backend-roadmap review                       the project in this folder, all stages
  $ backend-roadmap review --stage 4             stages 1 to 4
  $ backend-roadmap review --list
  $ backend-roadmap review blog-api --url http://localhost:3000
  $ backend-roadmap review blog-api --cmd "uvicorn app.main:app --port $PORT"`,
    )
    .action(runReview);
}
