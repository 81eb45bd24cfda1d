import Database from 'better-sqlite3';
import { execaSync, type Options } from 'execa';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cliRunner, type CliRunner } from '../helpers/cli.js';

// One catalogue of bad inputs and faults, one case per line, run against the built CLI. Each case
// checks the general contract only (the detailed messages are asserted elsewhere): the right exit
// code (2 usage, 1 refusal, 0 when the input is in fact valid), at most two stderr lines starting
// with "error:", never a stack trace, "unexpected failure", "undefined" or "[object", never a hang,
// and nothing written where it must not be.
//
// The cases run two at a time. Each owns its folder and removes it itself: helpers/temp.ts cleans up
// in afterEach, which under describe.concurrent would remove a folder another case is still using.

const PARALLEL = 2;
const RUN_TIMEOUT = 10_000;
const NOBODY = 65534;

interface Box {
  root: string;
  home: string;
  workspace: string;
  /** the CLI with the box's data folder, never waiting for input (stdin is not a terminal) */
  run: CliRunner;
}

// its own folders, not tempDir()'s: that one's cleanup after each test would remove a case's folder
// while another case still runs in it
function makeBox(): Box {
  const root = mkdtempSync(join(tmpdir(), 'brm-hostile-'));
  const home = join(root, 'data');
  return { root, home, workspace: join(root, 'ws'), run: cliRunner(root, home, RUN_TIMEOUT) };
}

/** One `init` for the whole file; each case gets a copy, its profile pointed at its own workspace. */
let template: Box | undefined;
beforeAll(async () => {
  template = makeBox();
  const r = await template.run(['init', '--name', 'Test Learner', '--track', 'node', '--hours', '6', '--start', '2026-11-01', '--dir', template.workspace, '--yes']);
  if (r.exitCode !== 0) throw new Error(`init failed: ${r.stderr}`);
});
afterAll(() => rmSync(template!.root, { recursive: true, force: true }));

function initialise(box: Box): void {
  cpSync(template!.home, box.home, { recursive: true });
  cpSync(template!.workspace, box.workspace, { recursive: true });
  const db = new Database(join(box.home, 'progress.db'));
  db.prepare('UPDATE profile SET workspace = ?').run(box.workspace);
  db.close();
}

/** A path's kind, mode and content (folders recursively): what "left unchanged" compares. */
function describePath(path: string): unknown {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'missing';
  }
  if (stat.isSymbolicLink()) return { link: readlinkSync(path) };
  if (stat.isFile()) return { file: readFileSync(path, 'base64'), mode: stat.mode };
  if (stat.isDirectory()) return { dir: Object.fromEntries(readdirSync(path).sort().map((n) => [n, describePath(join(path, n))])), mode: stat.mode };
  return { other: stat.mode };
}

/** A limited pool: every case waits for a free slot, so at most PARALLEL CLIs run at once. */
let running = 0;
const waiting: (() => void)[] = [];
async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  while (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

type Setup = 'fresh' | 'node';

interface HostileCase {
  name: string;
  /** fresh: no profile; node: after init (the default) */
  setup?: Setup;
  prepare?: (box: Box) => unknown;
  args: string[] | ((box: Box) => string[]);
  exit: 0 | 1 | 2;
  /** the first stderr line, when the case is about a particular refusal */
  says?: RegExp;
  env?: (box: Box) => Record<string, string>;
  /** run as an unprivileged user owning the box (root ignores permission bits) */
  asNobody?: boolean;
  /** paths that must be exactly as before the run */
  unchanged?: (box: Box) => string[];
  /** paths that must not exist after the run */
  absent?: (box: Box) => string[];
}

const bytes = (n: number, char = 'x') => char.repeat(n);
const mkfifo = (path: string) => execaSync('mkfifo', [path]);
const fileAt = (path: string, content = 'keep me\n') => writeFileSync(path, content);
const exportOf = async (box: Box) => JSON.parse((await box.run(['progress', 'export'])).stdout) as Record<string, any>;
const withQuiz = (d: Record<string, any>) => ({ ...d, quizResults: [{ uid: 'quiz-0001', week: 1, created_at: '2026-11-02T10:00:00.000Z', score: 3, total: 5, answers: '[0,1,2]' }] });
const withProject = (d: Record<string, any>) => ({ ...d, projects: [{ uid: 'proj-0001', template: 'calculator', path: '/tmp/calc', options: '{"lang":"node"}', created_at: '2026-11-02T10:00:00.000Z' }] });

/** An import case: the box's own export (with one check-in), forged, written to ws/forged.json. */
function forgedImport(name: string, forge: (d: Record<string, any>) => unknown, exit: 0 | 1 | 2 = 2, says?: RegExp): HostileCase {
  return {
    name: `progress import: ${name}`,
    prepare: async (box) => {
      await box.run(['checkin', '--hours', '1', '--confidence', '3', '--notes', 'fine']);
      const forged = forge(await exportOf(box));
      writeFileSync(join(box.workspace, 'forged.json'), typeof forged === 'string' ? forged : JSON.stringify(forged));
    },
    args: (box) => ['progress', 'import', join(box.workspace, 'forged.json')],
    exit,
    says,
  };
}

const catalogue: HostileCase[] = [
  // ── the program itself ────────────────────────────────────────────────────────────────────────
  { name: 'unknown command', setup: 'fresh', args: ['frobnicate'], exit: 2, says: /unknown command 'frobnicate'/ },
  { name: 'unknown global flag', setup: 'fresh', args: ['--frobnicate'], exit: 2, says: /unknown option/ },
  { name: '--data-dir without a value', setup: 'fresh', args: ['status', '--data-dir'], exit: 2 },
  { name: 'a 20,000-character unknown command', setup: 'fresh', args: [bytes(20_000)], exit: 2 },
  { name: 'help for an unknown command', setup: 'fresh', args: ['help', 'frobnicate'], exit: 2 },
  { name: 'an empty-string command', setup: 'fresh', args: [''], exit: 2 },
  { name: 'unicode and escapes as a command', setup: 'fresh', args: ['stätus\u001b[31m'], exit: 2 },

  // ── the data folder and the database ──────────────────────────────────────────────────────────
  { name: '--data-dir is a file', setup: 'fresh', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['--data-dir', join(b.root, 'f'), 'status'], exit: 1, says: /is a file/, unchanged: (b) => [join(b.root, 'f')] },
  { name: '--data-dir is a dangling symlink', setup: 'fresh', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['--data-dir', join(b.root, 'l'), 'status'], exit: 1, says: /symlink to nothing/ },
  { name: '--data-dir below a file', setup: 'fresh', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['--data-dir', join(b.root, 'f', 'data'), 'status'], exit: 1, unchanged: (b) => [join(b.root, 'f')] },
  { name: '--data-dir is an empty string', setup: 'fresh', args: ['--data-dir', '', 'status'], exit: 2 },
  { name: 'BACKEND_ROADMAP_HOME is a file', setup: 'fresh', prepare: (b) => fileAt(b.home), args: ['status'], exit: 1, says: /is a file/, unchanged: (b) => [b.home] },
  { name: 'the database is a folder', setup: 'fresh', prepare: (b) => mkdirSync(join(b.home, 'progress.db'), { recursive: true }), args: ['status'], exit: 1, says: /is a folder/ },
  { name: 'the database is garbage bytes', setup: 'fresh', prepare: (b) => (mkdirSync(b.home), fileAt(join(b.home, 'progress.db'), bytes(8192, '\u00ff'))), args: ['status'], exit: 1, says: /not a SQLite database/, unchanged: (b) => [join(b.home, 'progress.db')] },
  { name: 'a garbage database refuses a check-in, bytes kept', prepare: (b) => (fileAt(join(b.home, 'progress.db'), bytes(8192, 'z')), rmSync(join(b.home, 'progress.db-wal'), { force: true }), rmSync(join(b.home, 'progress.db-shm'), { force: true })), args: ['checkin', '--hours', '1', '--confidence', '3'], exit: 1, unchanged: (b) => [join(b.home, 'progress.db')] },
  { name: 'the database is a FIFO', setup: 'fresh', prepare: (b) => (mkdirSync(b.home), mkfifo(join(b.home, 'progress.db'))), args: ['status'], exit: 1, says: /not a regular file/ },
  { name: 'the database is an empty file', setup: 'fresh', prepare: (b) => (mkdirSync(b.home), fileAt(join(b.home, 'progress.db'), '')), args: ['status'], exit: 1, says: /No profile yet/ },
  { name: 'the backups folder is a file: a write still works', prepare: (b) => (rmSync(join(b.home, 'backups'), { recursive: true }), fileAt(join(b.home, 'backups'))), args: ['checkin', '--hours', '1', '--confidence', '3'], exit: 0 },
  { name: 'a data folder nobody may create', setup: 'fresh', prepare: (b) => mkdirSync(join(b.root, 'locked'), { mode: 0o555 }), asNobody: true, args: (b) => ['--data-dir', join(b.root, 'locked', 'data'), 'status'], exit: 1, absent: (b) => [join(b.root, 'locked', 'data')] },

  // ── before init: every command that needs a profile says so, and none creates the data folder ───
  ...(
    [
      ['status'],
      ['progress'],
      ['week', '3', '--done', '--force'],
      ['exercise', 'list'],
      ['exercise', 'start', 'describe-type'],
      ['exercise', 'verify'],
      ['exercise', 'hint'],
      ['exercise', 'solution'],
      ['exercise', 'reset', '--yes'],
      ['quiz', '1', '--answers', 'a,b,c,d,a'],
      ['checkin', '--hours', '1', '--confidence', '3'],
      ['config'],
      ['config', 'set', 'hours', '5'],
    ] as string[][]
  ).map((args): HostileCase => ({ name: `before init: ${args.join(' ')}`, setup: 'fresh', args, exit: 1, says: /No profile yet/, absent: (b) => [b.home] })),
  // with no database at all, a wrong data folder is the likelier story than an empty export
  { name: 'before init: progress export names the missing database', setup: 'fresh', args: ['progress', 'export'], exit: 1, says: /No progress database at .*nothing to export/, absent: (b) => [b.home] },
  { name: 'before init: progress restore --list', setup: 'fresh', args: ['progress', 'restore', '--list'], exit: 0, absent: (b) => [b.home] },
  { name: 'before init: new --list', setup: 'fresh', args: ['new', '--list'], exit: 0, absent: (b) => [b.home] },
  { name: 'before init: a lesson can be read', setup: 'fresh', args: ['week', '3', '--no-pager'], exit: 0, absent: (b) => [b.home] },
  { name: 'before init: the welcome', setup: 'fresh', args: [], exit: 0, absent: (b) => [b.home] },
  { name: 'week --force without --done', args: ['week', '3', '--force'], exit: 2, says: /--force goes with --done/ },

  // ── init ────────────────────────────────────────────────────────────────────────────────────────
  ...(
    [
      ['--track', 'ruby'],
      ['--hours', '-1'],
      ['--hours', 'abc'],
      ['--hours', '0'],
      ['--hours', '81'],
      ['--hours', 'Infinity'],
      ['--hours', '1e400'],
      ['--hours', '0x10'],
      ['--start', '2026-02-30'],
      ['--start', '26-1-1'],
      ['--start', ''],
      ['--start', '2026-11-01T10:00'],
      ['--name', ''],
      ['--name', 'Ada\u001b[2J'],
      ['--name', bytes(5000)],
      ['--dir', ''],
    ] as string[][]
  ).map(
    ([flag, value]): HostileCase => ({
      name: `init ${flag} ${JSON.stringify(value!.length > 20 ? `${value!.slice(0, 8)}…(${value!.length})` : value)}`,
      setup: 'fresh',
      args: (b) => ['init', '--name', 'Ada', '--track', 'node', '--hours', '6', '--dir', b.workspace, '--yes', flag!, value!],
      exit: 2,
      absent: (b) => [b.workspace, join(b.home, 'progress.db')],
    }),
  ),
  { name: 'init without a terminal and without flags names them', setup: 'fresh', args: ['init'], exit: 2, says: /No terminal to ask in: pass --name, --track/, absent: (b) => [b.home] },
  { name: 'init --hours without a value', setup: 'fresh', args: ['init', '--yes', '--hours'], exit: 2, absent: (b) => [b.home] },
  { name: 'init --name with unicode is fine', setup: 'fresh', args: (b) => ['init', '--name', 'Zoë 李 🚀', '--dir', b.workspace, '--yes'], exit: 0 },
  { name: 'init --dir is a file', setup: 'fresh', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['init', '--dir', join(b.root, 'f'), '--yes'], exit: 2, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'init --dir below a file', setup: 'fresh', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['init', '--dir', join(b.root, 'f', 'ws'), '--yes'], exit: 1, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'init --dir is a dangling symlink', setup: 'fresh', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['init', '--dir', join(b.root, 'l'), '--yes'], exit: 2, unchanged: (b) => [join(b.root, 'l')] },
  { name: 'init --dir in a folder nobody may write', setup: 'fresh', prepare: (b) => mkdirSync(join(b.root, 'locked'), { mode: 0o555 }), asNobody: true, args: (b) => ['init', '--dir', join(b.root, 'locked', 'ws'), '--yes'], exit: 1, absent: (b) => [join(b.root, 'locked', 'ws')] },
  { name: 'init again without --force', args: ['init', '--yes'], exit: 1 },

  // ── week ────────────────────────────────────────────────────────────────────────────────────────
  ...['0', '17', 'abc', '1.5', '99999999999999999999', '３'].map((w): HostileCase => ({ name: `week ${w}`, args: ['week', w, '--no-pager'], exit: 2, says: /Week must be a number from 1 to 16/ })),
  { name: 'week -1 (a negative number reads as a flag)', args: ['week', '-1'], exit: 2 },
  { name: 'week 3 --track ruby', args: ['week', '3', '--track', 'ruby'], exit: 2, says: /--track must be node or python/ },
  { name: 'week 3 with an extra argument', args: ['week', '3', '4'], exit: 2 },
  { name: 'week 2 --done without a terminal and exercises unfinished', args: ['week', '2', '--done'], exit: 2, says: /--force/ },
  { name: 'week 2 --done --undo', args: ['week', '2', '--done', '--undo'], exit: 2 },

  // ── exercise ────────────────────────────────────────────────────────────────────────────────────
  { name: 'exercise with an unknown action', args: ['exercise', 'frobnicate'], exit: 2 },
  { name: 'exercise list --week 0', args: ['exercise', 'list', '--week', '0'], exit: 2 },
  { name: 'exercise list --week abc', args: ['exercise', 'list', '--week', 'abc'], exit: 2 },
  { name: 'exercise list --week 17', args: ['exercise', 'list', '--week', '17'], exit: 2 },
  { name: 'exercise start with an unknown id', args: ['exercise', 'start', 'no-such-exercise'], exit: 2, absent: (b) => [join(b.workspace, 'no-such-exercise.js')] },
  { name: 'exercise start with a path as id', args: ['exercise', 'start', '../../etc/passwd'], exit: 2 },
  { name: 'exercise start with an empty id', args: ['exercise', 'start', ''], exit: 2 },
  { name: 'exercise start with a 10,000-character id', args: ['exercise', 'start', bytes(10_000)], exit: 2 },
  { name: 'exercise start of the other track’s exercise', args: ['exercise', 'start', 'type-conversion-py'], exit: 2 },
  { name: 'exercise start where the file is a folder', prepare: (b) => mkdirSync(join(b.workspace, 'week-01', 'describe-type.js'), { recursive: true }), args: ['exercise', 'start', 'describe-type'], exit: 1, unchanged: (b) => [join(b.workspace, 'week-01')] },
  { name: 'exercise start where the file is a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'gone.js'), join(b.workspace, 'week-01', 'describe-type.js')), args: ['exercise', 'start', 'describe-type'], exit: 1, absent: (b) => [join(b.root, 'gone.js')] },
  { name: 'exercise verify with an unknown id', args: ['exercise', 'verify', 'no-such-exercise'], exit: 2 },
  ...['5', 'abc', '-1', '0', '1e12'].map((t): HostileCase => ({ name: `exercise verify --timeout ${t}`, args: ['exercise', 'verify', 'describe-type', '--timeout', t], exit: 2 })),
  { name: 'exercise verify before the exercise was started', args: ['exercise', 'verify', 'describe-type'], exit: 1 },
  { name: 'exercise hint with an unknown id', args: ['exercise', 'hint', 'no-such-exercise'], exit: 2 },
  { name: 'exercise solution before passing, without a terminal', args: ['exercise', 'solution', 'describe-type'], exit: 2 },
  { name: 'exercise solution --force without --yes or a terminal', args: ['exercise', 'solution', 'describe-type', '--force'], exit: 2, says: /--yes/ },
  { name: 'exercise reset without --yes or a terminal', prepare: async (b) => void (await b.run(['exercise', 'start', 'describe-type'])), args: ['exercise', 'reset', 'describe-type'], exit: 2, says: /--yes/, absent: (b) => [join(b.workspace, 'week-01', 'describe-type.js.bak')] },
  { name: 'exercise reset with an unknown id', args: ['exercise', 'reset', 'no-such-exercise', '--yes'], exit: 2 },
  // (exercise watch without a terminal is no fault: it watches without keys until stopped)
  { name: 'exercise watch --timeout abc', args: ['exercise', 'watch', '--timeout', 'abc'], exit: 2 },

  // ── quiz ────────────────────────────────────────────────────────────────────────────────────────
  { name: 'quiz 0', args: ['quiz', '0'], exit: 2 },
  { name: 'quiz 17', args: ['quiz', '17'], exit: 2 },
  { name: 'quiz abc', args: ['quiz', 'abc'], exit: 2 },
  { name: 'quiz --month 0', args: ['quiz', '--month', '0'], exit: 2 },
  { name: 'quiz --month 5', args: ['quiz', '--month', '5'], exit: 2 },
  { name: 'quiz 3 --month 1', args: ['quiz', '3', '--month', '1'], exit: 2 },
  { name: 'quiz without a terminal and without --answers', args: ['quiz', '1'], exit: 2, says: /--answers/ },
  { name: 'quiz --answers with unknown choices', args: ['quiz', '1', '--answers', 'z,z,z,z,z'], exit: 2 },
  { name: 'quiz --answers too few', args: ['quiz', '1', '--answers', 'a'], exit: 2 },
  { name: 'quiz --answers empty', args: ['quiz', '1', '--answers', ''], exit: 2 },
  { name: 'quiz --answers 9,9,9,9,9', args: ['quiz', '1', '--answers', '9,9,9,9,9'], exit: 2 },
  { name: 'quiz --answers with 10,000 answers', args: ['quiz', '1', '--answers', Array(10_000).fill('a').join(',')], exit: 2 },

  // ── new ─────────────────────────────────────────────────────────────────────────────────────────
  { name: 'new with an unknown template', args: (b) => ['new', 'no-such-template', join(b.root, 'p')], exit: 2, absent: (b) => [join(b.root, 'p')] },
  { name: 'new --lang cobol', args: (b) => ['new', 'calculator', join(b.root, 'p'), '--lang', 'cobol'], exit: 2, absent: (b) => [join(b.root, 'p')] },
  { name: 'new --list --lang cobol', args: ['new', '--list', '--lang', 'cobol'], exit: 2 },
  { name: 'new --db mysql', args: (b) => ['new', 'blog-api', join(b.root, 'p'), '--db', 'mysql'], exit: 2, absent: (b) => [join(b.root, 'p')] },
  { name: 'new --pm bun', args: (b) => ['new', 'calculator', join(b.root, 'p'), '--pm', 'bun', '--install'], exit: 2, absent: (b) => [join(b.root, 'p')] },
  { name: 'new without a template and without a terminal', args: ['new'], exit: 2 },
  { name: 'new into a file', prepare: (b) => fileAt(join(b.root, 'p')), args: (b) => ['new', 'calculator', join(b.root, 'p'), '--yes'], exit: 2, unchanged: (b) => [join(b.root, 'p')] },
  { name: 'new below a file', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['new', 'calculator', join(b.root, 'f', 'p'), '--yes'], exit: 1, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'new into a non-empty folder with --yes', prepare: (b) => (mkdirSync(join(b.root, 'p')), fileAt(join(b.root, 'p', 'mine.txt'))), args: (b) => ['new', 'calculator', join(b.root, 'p'), '--yes'], exit: 2, unchanged: (b) => [join(b.root, 'p')] },
  { name: 'new into a non-empty folder without a terminal', prepare: (b) => (mkdirSync(join(b.root, 'p')), fileAt(join(b.root, 'p', 'mine.txt'))), args: (b) => ['new', 'calculator', join(b.root, 'p')], exit: 2, unchanged: (b) => [join(b.root, 'p')] },
  { name: 'new into a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'p')), args: (b) => ['new', 'calculator', join(b.root, 'p'), '--yes'], exit: 2, unchanged: (b) => [join(b.root, 'p')], absent: (b) => [join(b.root, 'nowhere')] },
  { name: 'new into a folder nobody may write', prepare: (b) => mkdirSync(join(b.root, 'locked'), { mode: 0o555 }), asNobody: true, args: (b) => ['new', 'calculator', join(b.root, 'locked', 'p'), '--yes'], exit: 1, absent: (b) => [join(b.root, 'locked', 'p')] },
  { name: 'new with an empty folder name', args: ['new', 'calculator', ''], exit: 2 },
  { name: 'new --dry-run writes nothing', args: (b) => ['new', 'calculator', join(b.root, 'p'), '--dry-run'], exit: 0, absent: (b) => [join(b.root, 'p')] },
  { name: 'new with a folder name npm cannot take', args: (b) => ['new', 'calculator', join(b.root, 'café-计算器'), '--yes'], exit: 2, absent: (b) => [join(b.root, 'café-计算器')] },

  // ── review ──────────────────────────────────────────────────────────────────────────────────────
  { name: 'review in a folder without a project', args: (b) => ['review', '--dir', b.workspace], exit: 2 },
  { name: 'review of an unknown project', args: ['review', 'no-such-project'], exit: 2 },
  { name: 'review --stage 0', args: ['review', 'blog-api', '--stage', '0', '--url', 'http://127.0.0.1:9'], exit: 2 },
  { name: 'review --stage abc', args: ['review', 'blog-api', '--stage', 'abc', '--url', 'http://127.0.0.1:9'], exit: 2 },
  { name: 'review --url that is not a URL', args: ['review', 'blog-api', '--url', 'not a url'], exit: 2 },
  { name: 'review --url ftp://', args: ['review', 'blog-api', '--url', 'ftp://127.0.0.1/'], exit: 2 },
  { name: 'review --dir is a file', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['review', '--dir', join(b.root, 'f')], exit: 2, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'review --dir does not exist', args: (b) => ['review', '--dir', join(b.root, 'missing')], exit: 2, absent: (b) => [join(b.root, 'missing')] },
  { name: 'review --dir is a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['review', '--dir', join(b.root, 'l')], exit: 2, absent: (b) => [join(b.root, 'nowhere')] },
  { name: 'review of a folder with a malformed backend-roadmap.json', prepare: (b) => (mkdirSync(join(b.root, 'p')), fileAt(join(b.root, 'p', 'backend-roadmap.json'), '{"template": ')), args: (b) => ['review', '--dir', join(b.root, 'p')], exit: 2, unchanged: (b) => [join(b.root, 'p')] },

  // ── checkin ─────────────────────────────────────────────────────────────────────────────────────
  { name: 'checkin without a terminal and without flags', args: ['checkin'], exit: 2, says: /--hours/ },
  { name: 'checkin without --confidence', args: ['checkin', '--hours', '1'], exit: 2, says: /--confidence/ },
  ...(
    [
      ['--hours', '25'],
      ['--hours', '-1'],
      ['--hours', 'abc'],
      ['--hours', 'NaN'],
      ['--hours', '0x10'],
      ['--confidence', '0'],
      ['--confidence', '6'],
      ['--confidence', '3.5'],
      ['--confidence', 'high'],
    ] as [string, string][]
  ).map(([flag, value]): HostileCase => ({ name: `checkin ${flag} ${value}`, args: ['checkin', '--hours', '1', '--confidence', '3', flag, value], exit: 2 })),
  { name: 'checkin with escape sequences in the notes', args: ['checkin', '--hours', '1', '--confidence', '3', '--notes', 'fine\u001b]0;pwned\u0007\u001b[2J'], exit: 2 },
  { name: 'checkin with 100,000 characters of notes', args: ['checkin', '--hours', '1', '--confidence', '3', '--notes', bytes(100_000)], exit: 2 },
  { name: 'checkin with tabs and line breaks in the notes is fine', args: ['checkin', '--hours', '1', '--confidence', '3', '--notes', 'one\ttwo\nthree'], exit: 0 },
  { name: 'checkin with unicode text is fine', args: ['checkin', '--hours', '1,5', '--confidence', '4', '--built', 'Zoë’s 计算器 🚀', '--blockers', 'אין'], exit: 0 },

  // ── progress ────────────────────────────────────────────────────────────────────────────────────
  { name: 'progress with an unknown action', args: ['progress', 'frobnicate'], exit: 2 },
  { name: 'progress export over an existing file without --force', prepare: (b) => fileAt(join(b.root, 'out.json')), args: (b) => ['progress', 'export', join(b.root, 'out.json')], exit: 2, unchanged: (b) => [join(b.root, 'out.json')] },
  { name: 'progress export into a missing folder', args: (b) => ['progress', 'export', join(b.root, 'missing', 'out.json')], exit: 1, absent: (b) => [join(b.root, 'missing')] },
  { name: 'progress export below a file', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['progress', 'export', join(b.root, 'f', 'out.json')], exit: 1, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'progress export to a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['progress', 'export', join(b.root, 'l'), '--force'], exit: 2, unchanged: (b) => [join(b.root, 'l')], absent: (b) => [join(b.root, 'nowhere')] },
  { name: 'progress export into a folder nobody may write', prepare: (b) => mkdirSync(join(b.root, 'locked'), { mode: 0o555 }), asNobody: true, args: (b) => ['progress', 'export', join(b.root, 'locked', 'out.json')], exit: 1, absent: (b) => [join(b.root, 'locked', 'out.json')] },
  { name: 'progress import without a file', args: ['progress', 'import'], exit: 2 },
  { name: 'progress import of a missing file', args: (b) => ['progress', 'import', join(b.root, 'missing.json')], exit: 2 },
  { name: 'progress import of a folder', args: (b) => ['progress', 'import', b.workspace], exit: 2 },
  { name: 'progress import of a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['progress', 'import', join(b.root, 'l')], exit: 2 },
  { name: 'progress import of a FIFO', prepare: (b) => mkfifo(join(b.root, 'fifo')), args: (b) => ['progress', 'import', join(b.root, 'fifo')], exit: 2, says: /not a regular file/ },
  forgedImport('bad JSON', () => '{"format": "backend-roadmap-progress",'),
  forgedImport('an empty file', () => ''),
  forgedImport('null', () => 'null'),
  forgedImport('an array', () => '[]'),
  forgedImport('binary garbage', () => '\u0000\u00ff\u0001PK\u0003\u0004'),
  forgedImport('another format', (d) => ({ ...d, format: 'something-else' })),
  forgedImport('version 2', (d) => ({ ...d, version: 2 })),
  forgedImport('version "1"', (d) => ({ ...d, version: '1' })),
  forgedImport('an impossible check-in day', (d) => ((d.checkins[0].day = '2026-02-30'), d)),
  forgedImport('a created_at that is not a date', (d) => ((d.checkins[0].created_at = 'yesterday'), d)),
  forgedImport('control characters in notes', (d) => ((d.checkins[0].notes = 'hi\u001b[2J'), d)),
  forgedImport('confidence 9', (d) => ((d.checkins[0].confidence = 9), d)),
  forgedImport('hours -3', (d) => ((d.checkins[0].hours = -3), d)),
  forgedImport('a score above the total', (d) => ((d = withQuiz(d)), (d.quizResults[0].score = 50), d)),
  forgedImport('a negative score', (d) => ((d = withQuiz(d)), (d.quizResults[0].score = -1), d)),
  forgedImport('week 17 in a quiz result', (d) => ((d = withQuiz(d)), (d.quizResults[0].week = 17), d)),
  forgedImport('a relative project path', (d) => ((d = withProject(d)), (d.projects[0].path = 'calc'), d)),
  forgedImport('a relative workspace', (d) => ((d.profile.workspace = 'ws'), d)),
  forgedImport('a track that does not exist', (d) => ((d.profile.track = 'ruby'), d)),
  forgedImport('an id with a path in it', (d) => ((d.checkins[0].uid = '../../../etc/passwd'), d)),
  forgedImport('its own export (valid)', (d) => d, 0),
  { name: 'progress restore of an unknown backup', args: ['progress', 'restore', 'nope.db', '--yes'], exit: 2, says: /No backup named nope\.db/ },
  { name: 'progress restore of a file that is no database', args: ['progress', 'restore', '/etc/passwd', '--yes'], exit: 1, unchanged: (b) => [join(b.home, 'progress.db')] },
  {
    name: 'progress restore of a garbage file keeps the database',
    prepare: (b) => fileAt(join(b.root, 'garbage.db'), bytes(8192, 'q')),
    args: (b) => ['progress', 'restore', join(b.root, 'garbage.db'), '--yes'],
    exit: 1,
    unchanged: (b) => [join(b.home, 'progress.db'), join(b.root, 'garbage.db')],
  },
  { name: 'progress restore of a folder', prepare: (b) => mkdirSync(join(b.root, 'x.db')), args: (b) => ['progress', 'restore', join(b.root, 'x.db'), '--yes'], exit: 2, unchanged: (b) => [join(b.home, 'progress.db')] },
  { name: 'progress restore without --yes or a terminal', args: (b) => ['progress', 'restore', readdirSync(join(b.home, 'backups'))[0]!], exit: 2, says: /--yes/, unchanged: (b) => [join(b.home, 'progress.db')] },
  { name: 'progress restore without a backup lists them', args: ['progress', 'restore'], exit: 0 },

  // ── config ──────────────────────────────────────────────────────────────────────────────────────
  { name: 'config with an unknown action', args: ['config', 'frobnicate'], exit: 2 },
  { name: 'config get of an unknown key', args: ['config', 'get', 'colour'], exit: 2 },
  { name: 'config set hours -1', args: ['config', 'set', 'hours', '-1'], exit: 2 },
  { name: 'config set hours abc', args: ['config', 'set', 'hours', 'abc'], exit: 2 },
  { name: 'config set track ruby', args: ['config', 'set', 'track', 'ruby'], exit: 2 },
  { name: 'config set start 2026-13-01', args: ['config', 'set', 'start', '2026-13-01'], exit: 2 },
  { name: 'config set hours without a value', args: ['config', 'set', 'hours'], exit: 2 },
  { name: 'config set name to an empty string', args: ['config', 'set', 'name', ''], exit: 2 },
  { name: 'config set name with control characters', args: ['config', 'set', 'name', 'Ada\u0007\u001b[31m'], exit: 2 },
  { name: 'config set workspace to a file', prepare: (b) => fileAt(join(b.root, 'f')), args: (b) => ['config', 'set', 'workspace', join(b.root, 'f')], exit: 2, unchanged: (b) => [join(b.root, 'f')] },
  { name: 'config set workspace to a dangling symlink', prepare: (b) => symlinkSync(join(b.root, 'nowhere'), join(b.root, 'l')), args: (b) => ['config', 'set', 'workspace', join(b.root, 'l')], exit: 2, absent: (b) => [join(b.root, 'nowhere')] },
  { name: 'config get with an extra argument', args: ['config', 'get', 'hours', 'extra'], exit: 2 },

  // ── doctor ──────────────────────────────────────────────────────────────────────────────────────
  { name: 'doctor --track ruby', args: ['doctor', '--track', 'ruby'], exit: 2 },
  { name: 'doctor with an extra argument', args: ['doctor', 'extra'], exit: 2 },
];

/** Root ignores permission bits: such cases run as nobody, owning the box. */
function asNobody(box: Box): Options {
  if (process.getuid?.() !== 0) return {};
  execaSync('chown', ['-R', `${NOBODY}:${NOBODY}`, box.root]);
  return { uid: NOBODY, gid: NOBODY };
}

describe.concurrent('hostile inputs: one clear line, the right exit code, nothing written where it must not be', () => {
  for (const c of catalogue) it(c.name, { timeout: 120_000 }, async ({ expect, onTestFinished }) => {
    await inSlot(async () => {
      const box = makeBox();
      onTestFinished(() => {
        chmodSync(box.root, 0o755);
        execaSync('chmod', ['-R', 'u+rwx', box.root], { reject: false });
        rmSync(box.root, { recursive: true, force: true });
      });
      const setup = c.setup ?? 'node';
      if (setup !== 'fresh') initialise(box);
      await c.prepare?.(box);
      const args = typeof c.args === 'function' ? c.args(box) : c.args;
      const before = (c.unchanged?.(box) ?? []).map((p) => [p, describePath(p)] as const);
      const options: Options = { ...(c.asNobody ? asNobody(box) : {}), env: c.env?.(box) };
      const homeExisted = describePath(box.home) !== 'missing';

      const r = await box.run(args, options);

      expect(r.timedOut, 'finished in time').toBe(false);
      expect(r.exitCode, `exit code; stderr: ${r.stderr.slice(0, 500)}`).toBe(c.exit);
      for (const bad of [/^\s+at /m, /unexpected failure/, /undefined/, /\[object/]) expect(r.stderr.slice(0, 2000)).not.toMatch(bad);
      if (c.exit !== 0) {
        const lines = r.stderr.replace(/\n$/, '').split('\n');
        expect(lines.length, r.stderr).toBeGreaterThanOrEqual(1);
        expect(lines.length, r.stderr).toBeLessThanOrEqual(2);
        expect(lines.every((l) => l.trim() !== ''), r.stderr).toBe(true);
        expect(lines[0], r.stderr).toMatch(/^error: /);
        if (c.says) expect(lines[0], r.stderr).toMatch(c.says);
      }
      // a usage error changes nothing: not even a fresh data folder
      if (c.exit === 2 && !homeExisted) expect(describePath(box.home), 'data folder created on a usage error').toBe('missing');
      for (const [path, was] of before) expect(describePath(path), `${path} changed`).toEqual(was);
      for (const path of c.absent?.(box) ?? []) expect(describePath(path), `${path} was written`).toBe('missing');
    });
  });
});
