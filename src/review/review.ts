import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError, usageError } from '../core/errors.js';
import { prepareEnvironment, type ReviewEnvironment } from './environment.js';
import { whileRunning } from './interrupt.js';
import { freePort } from './ports.js';
import { startProgram, type RunningProgram } from './process.js';
import { describeProject, expandCommand, MARKER_FILE, packageStartScript, type ProjectInfo } from './project.js';
import { waitUntilReady } from './ready.js';
import { runStages, type StageTargets } from './run-stages.js';
import type { StagesFile } from './schema.js';
import { loadStages, projectNames } from './stages.js';
import type { ReviewReport, StageOutcome } from './types.js';
import { cmd } from '../core/invocation.js';

export interface ReviewOptions {
  dir: string;
  project?: string;
  /** run stages 1..stage (default: all) */
  stage?: number;
  url?: string;
  cmd?: string;
  cacheDir: string;
  onStage?: (outcome: StageOutcome) => void;
  onNote?: (message: string) => void;
}

/** Started resources of one run, stopped in reverse order. */
interface Started {
  program?: RunningProgram;
  environment?: ReviewEnvironment;
  closeSql?: () => Promise<void>;
}

async function stopAll(started: Started): Promise<void> {
  await started.program?.stop();
  await started.closeSql?.();
  await started.environment?.cleanup();
}

function requireProject(info: ProjectInfo): string {
  if (info.project) return info.project;
  throw usageError(
    `${info.dir} has no ${MARKER_FILE}, so review does not know which project it is`,
    `Name it: ${cmd(`review <${projectNames().join('|')}>`)}`,
  );
}

async function startServer(info: ProjectInfo, file: StagesFile, opts: ReviewOptions, started: Started): Promise<{ baseUrl: string; readyMs: number; command: string }> {
  if (!info.start) {
    throw usageError(`No start command for ${info.dir}: there is no ${MARKER_FILE} "start" and no package.json "start" script`, 'Tell review how to start it: --cmd "uvicorn app.main:app --port $PORT", or review a running server with --url');
  }
  const port = await freePort();
  started.environment = await prepareEnvironment(info, { port, extra: file.env, cacheDir: opts.cacheDir });
  const command = expandCommand(info.start, { PORT: String(port), HOST: '127.0.0.1' });
  const setup = info.setup ?? (typeof file.setup === 'object' ? file.setup[info.lang ?? 'node'] : file.setup);
  if (setup) await runSetup(setup, info.dir, started.environment.env, opts);
  opts.onNote?.(`starting ${command} (${info.startFrom}) on port ${port}; database: ${started.environment.database}`);
  started.program = startProgram(command, { cwd: info.dir, env: started.environment.env });
  const baseUrl = `http://127.0.0.1:${port}`;
  const ready = await waitUntilReady(baseUrl + file.ready!.path, started.program, file.ready!.timeoutMs);
  if (!ready.ready) {
    const tail = started.program.output().slice(-20);
    const why = ready.reason === 'exited' ? `exited (code ${ready.exitCode}) before answering` : `did not answer on ${baseUrl}${file.ready!.path} within ${file.ready!.timeoutMs / 1000} s`;
    throw new UserError(
      `Your program (${command}) ${why}.${tail.length ? `\nIts last output:\n${tail.map((l) => `  | ${l}`).join('\n')}` : ' It printed nothing.'}`,
      1,
      'It must listen on the port in the PORT environment variable (and on 127.0.0.1 or 0.0.0.0). Start it by hand with PORT=3000 to see what happens.',
    );
  }
  return { baseUrl, readyMs: ready.ms, command };
}

/** The one-off set-up (e.g. `npm run seed` creating an admin) in the same fresh environment. */
async function runSetup(setup: string, dir: string, env: NodeJS.ProcessEnv, opts: ReviewOptions): Promise<void> {
  const { runCommand } = await import('./cli.js');
  opts.onNote?.(`setting up: ${setup}`);
  const r = await runCommand(setup, { command: setup, cwd: dir, env, timeoutMs: 120_000 }, undefined);
  if (r.code !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-20);
    throw new UserError(`The set-up command (${setup}) failed${r.timedOut ? ' (timed out)' : ` with exit code ${r.code}`}.\nIts last output:\n${tail.map((l) => `  | ${l}`).join('\n')}`, 1, 'Run it by hand in the project folder, or name your own with "setup" in backend-roadmap.json.');
  }
}

function cliCommand(info: ProjectInfo): string {
  if (!info.start) throw usageError(`No command to run for ${info.dir}`, 'Pass it: --cmd "node dist/cli.js" (review appends each step\'s arguments)');
  if (info.start !== 'npm start') return info.start;
  // A CLI runs once per step, and npm itself takes a second or more to start: run the start
  // script directly (node_modules/.bin is already first on PATH, as npm would put it).
  return packageStartScript(info.dir) ?? 'npm start --silent --';
}

async function prepareTargets(info: ProjectInfo, file: StagesFile, opts: ReviewOptions, started: Started, report: ReviewReport): Promise<StageTargets> {
  if (file.kind === 'cli') {
    const port = await freePort();
    started.environment = await prepareEnvironment(info, { port, extra: file.env, cacheDir: opts.cacheDir });
    const env = { ...started.environment.env, HOME: started.environment.scratch, USERPROFILE: started.environment.scratch, NO_COLOR: '1', FORCE_COLOR: '0' };
    const command = cliCommand(info);
    report.target.command = command;
    return { cli: { command, cwd: info.dir, env } };
  }
  if (file.kind === 'sql') {
    const candidates = opts.cmd ? [opts.cmd] : (file.sqlFiles ?? []);
    const sqlFile = candidates.map((f) => (isAbsolute(f) ? f : join(info.dir, f))).find((f) => existsSync(f));
    if (!sqlFile) throw usageError(`No schema file found in ${info.dir} (looked for ${candidates.join(', ')})`, 'Point review at it: --cmd path/to/schema.sql');
    const { loadSchema } = await import('./sql.js');
    const loaded = await loadSchema(sqlFile, opts.cacheDir);
    if (!loaded.target) throw new UserError(`Your schema does not run in PostgreSQL:\n${loaded.error}`, 1);
    started.closeSql = () => loaded.target!.db.close();
    report.target.command = sqlFile;
    return { sql: loaded.target };
  }
  if (opts.url) {
    report.target.url = opts.url.replace(/\/$/, '');
    return { baseUrl: report.target.url };
  }
  const server = await startServer(info, file, opts, started);
  Object.assign(report.target, { url: server.baseUrl, command: server.command, database: started.environment!.database });
  report.readyMs = server.readyMs;
  return { baseUrl: server.baseUrl };
}

/** Reviews the learner's project: starts it (unless --url), runs stages 1..N, stops everything. */
export async function reviewProject(opts: ReviewOptions): Promise<ReviewReport> {
  const dir = resolve(opts.dir);
  const info = describeProject(dir, { ...(opts.project ? { project: opts.project } : {}), ...(opts.cmd ? { cmd: opts.cmd } : {}) });
  const file = await loadStages(requireProject(info));
  const total = file.stages.length;
  if (opts.stage !== undefined && (opts.stage < 1 || opts.stage > total)) throw usageError(`--stage must be between 1 and ${total} for ${file.project}`);
  const requested = opts.stage ?? total;
  const report: ReviewReport = { project: file.project, title: file.title, dir, target: {}, requested, total, stages: [], passed: false, stagesMs: 0 };
  const started: Started = {};
  const forget = whileRunning(() => stopAll(started));
  try {
    const targets = await prepareTargets(info, file, opts, started, report);
    const t0 = performance.now();
    report.stages = await runStages(file, requested, targets, opts.onStage);
    report.stagesMs = Math.round(performance.now() - t0);
    report.passed = report.stages.length === requested && report.stages.every((s) => s.passed);
    return report;
  } finally {
    forget();
    await stopAll(started);
  }
}
