import type { Command } from 'commander';
import { resolve } from 'node:path';
import { localDay, parseDay } from '../core/dates.js';
import { UserError, usageError } from '../core/errors.js';
import type { Track } from '../curriculum/schema.js';
import { trackFlag } from '../curriculum/tracks.js';

interface InitOptions {
  name?: string;
  track?: string;
  hours?: string;
  start?: string;
  dir?: string;
  yes?: boolean;
  force?: boolean;
}

interface InitAnswers {
  name: string;
  track: Track;
  hoursPerWeek: number;
  startDate: string;
  workspace: string;
}

const DEFAULT_HOURS = 10;
const DEFAULT_DIR = 'backend-roadmap-workspace';

export const TRACK_GUIDANCE = `Choose Node.js if you already know JavaScript, want to build real-time apps (chat, games),
like one language across the stack, or aim for startups.
Choose Python if you are drawn to AI/ML or data science, have a scientific computing background,
or aim for enterprise and backend-heavy roles. Pick one and stick with it: the skills transfer.`;

// Flag validators double as prompt validators: one rule, two ways in.
const validate = {
  name: (v: string) => (v.trim().length > 0 && v.trim().length <= 80) || 'a name of 1 to 80 characters',
  track: (v: string) => v === 'node' || v === 'python' || 'node or python',
  hours: (v: string) => {
    const n = Number(v);
    return (v.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 80) || 'a number of hours per week between 1 and 80';
  },
  start: (v: string) => parseDay(v) !== undefined || 'a date as YYYY-MM-DD',
  dir: (v: string) => (v.trim().length > 0 && !v.includes('\0')) || 'a folder path',
};
type Field = keyof typeof validate;

function checkFlag(field: Field, value: string | undefined): void {
  if (value === undefined) return;
  const ok = validate[field](value);
  if (ok !== true) throw usageError(`--${field} ${JSON.stringify(value)} is not valid: expected ${ok}`);
}

async function ask(missing: Field[], opts: InitOptions): Promise<Partial<Record<Field, string>>> {
  const given: Partial<Record<Field, string>> = definedOnly(opts);
  if (missing.length === 0) return given;
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(missing.map((f) => `--${f}`).concat('(or --yes for defaults)'));
  const { input, select } = await prompts();
  for (const field of missing) {
    if (field === 'track') {
      const { line } = await import('../ui/output.js');
      line(TRACK_GUIDANCE);
      given.track = await select({
        message: 'Which track?',
        choices: [
          { name: 'Node.js (JavaScript/TypeScript)', value: 'node' },
          { name: 'Python', value: 'python' },
        ],
      });
      continue;
    }
    const message = {
      name: 'Your name',
      hours: 'Hours you can study per week',
      start: 'Start date (YYYY-MM-DD)',
      dir: 'Workspace folder for your exercises',
    }[field];
    const fallback = defaults()[field];
    given[field] = await input({ message, default: fallback, validate: validate[field] });
  }
  return given;
}

function defaults(): Record<Exclude<Field, 'track'>, string> {
  return { name: process.env.USER ?? 'Learner', hours: String(DEFAULT_HOURS), start: localDay(), dir: DEFAULT_DIR };
}

async function runInit(opts: InitOptions): Promise<void> {
  for (const field of Object.keys(validate) as Field[]) checkFlag(field, opts[field]);
  const [{ openStore }, { getProfile, saveProfile }] = await Promise.all([
    import('../store/open.js'),
    import('../store/profile.js'),
  ]);
  const db = await openStore();
  const existing = getProfile(db);
  if (existing && !opts.force) {
    throw new UserError(
      `A profile for ${existing.name} already exists (${existing.track} track, workspace ${existing.workspace}); nothing was changed.`,
      1,
      'Your progress is safe. To re-create the profile (progress is kept), run: backend-roadmap init --force',
    );
  }
  const missing = (Object.keys(validate) as Field[]).filter((f) => opts[f] === undefined);
  const answers = opts.yes ? { ...defaults(), track: 'node', ...definedOnly(opts) } : await ask(missing, opts);
  const profile: InitAnswers = {
    name: answers.name!.trim(),
    track: answers.track as Track,
    hoursPerWeek: Number(answers.hours),
    startDate: answers.start!.trim(),
    workspace: resolve(answers.dir!),
  };
  const { createWorkspace } = await import('../core/workspace.js');
  createWorkspace(profile.workspace, profile.name, profile.track);
  saveProfile(db, profile);
  const { success, line } = await import('../ui/output.js');
  success(`${existing ? 'Profile re-created' : 'Welcome'}, ${profile.name}! ${profile.track === 'node' ? 'Node.js' : 'Python'} track, ${profile.hoursPerWeek} h/week from ${profile.startDate}.`);
  line(`Workspace: ${profile.workspace}`);
  if (existing) line('Your progress, check-ins and exercise history were kept.');
  line();
  line('Next: read your first lesson with  backend-roadmap week 1');
}

function definedOnly(opts: InitOptions): Partial<Record<Field, string>> {
  return Object.fromEntries((Object.keys(validate) as Field[]).filter((f) => opts[f] !== undefined).map((f) => [f, opts[f]]));
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('set up your profile and workspace (asks, or takes every answer as a flag)')
    .option('--name <name>', 'your name')
    .option('--track <track>', 'node or python', trackFlag)
    .option('--hours <n>', `hours you can study per week (default ${DEFAULT_HOURS})`)
    .option('--start <date>', 'start date, YYYY-MM-DD (default today)')
    .option('--dir <path>', `workspace folder (default ./${DEFAULT_DIR})`)
    .option('-y, --yes', 'accept defaults for anything not given')
    .option('--force', 're-create an existing profile (progress is kept)')
    .addHelpText(
      'after',
      `\n${TRACK_GUIDANCE}\n\nExamples:\n  $ backend-roadmap init\n  $ backend-roadmap init --name Ada --track node --hours 8 --dir ~/code/roadmap --yes`,
    )
    .action(runInit);
}
