import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { localDay } from '../core/dates.js';
import { UserError, usageError } from '../core/errors.js';
import { cmd, commandPrefix } from '../core/invocation.js';
import {
  DEFAULT_HOURS,
  DEFAULT_WORKSPACE,
  expandHome,
  parseHours,
  PROFILE_FIELDS,
  tildify,
  validateField,
  type ProfileField,
} from '../core/profile-fields.js';
import type { Track } from '../curriculum/schema.js';
import { trackFlag } from '../curriculum/tracks.js';
import type { Profile } from '../store/profile.js';

type InitOptions = Partial<Record<ProfileField, string>> & { yes?: boolean; force?: boolean };
type Answers = Record<ProfileField, string>;

export const TRACK_GUIDANCE = `Choose Node.js if you already know JavaScript, want to build real-time apps (chat, games),
like one language across the stack, or aim for startups.
Choose Python if you are drawn to AI/ML or data science, have a scientific computing background,
or aim for enterprise and backend-heavy roles. Pick one and stick with it: the skills transfer.`;

export function checkFlag(field: ProfileField, value: string | undefined, flag = `--${field}`): void {
  if (value === undefined) return;
  const ok = validateField[field](value);
  if (ok !== true) throw usageError(`${flag} ${JSON.stringify(value)} is not valid: expected ${ok}`);
}

/** Where a new profile starts: the current profile's answers on `--force`, else the defaults. */
function startingAnswers(existing: Profile | undefined): Answers {
  if (existing) {
    return {
      name: existing.name,
      track: existing.track,
      hours: String(existing.hoursPerWeek),
      start: existing.startDate,
      dir: tildify(existing.workspace),
    };
  }
  return { name: process.env.USER ?? 'Learner', track: 'node', hours: String(DEFAULT_HOURS), start: localDay(), dir: DEFAULT_WORKSPACE };
}

async function ask(missing: ProfileField[], given: Partial<Answers>, base: Answers): Promise<Answers> {
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(missing.map((f) => `--${f}`).concat('(or --yes for defaults)'));
  const [{ input, select }, { line }] = await Promise.all([prompts(), import('../ui/output.js')]);
  const answers = { ...base, ...given };
  for (const field of missing) {
    if (field === 'track') {
      line(TRACK_GUIDANCE);
      answers.track = await select({
        message: 'Which track?',
        default: base.track as Track,
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
      dir: 'Workspace folder for your exercises (~ is your home folder)',
    }[field];
    answers[field] = await input({ message, default: base[field], validate: validateField[field] });
    if (field === 'dir') line(`  ${workspaceNote(expandHome(answers.dir))}`);
  }
  return answers;
}

function workspaceNote(dir: string): string {
  return existsSync(dir) ? `Workspace: ${dir} (already there; your files are kept)` : `Workspace: ${dir} (will be created)`;
}

/** Reads the profile without creating a database: cancelling a first `init` must leave nothing behind. */
async function existingProfile(): Promise<Profile | undefined> {
  const [{ openStoreIfExists }, { getProfile }] = await Promise.all([import('../store/open.js'), import('../store/profile.js')]);
  const db = await openStoreIfExists();
  return db && getProfile(db);
}

async function runInit(opts: InitOptions): Promise<void> {
  for (const field of PROFILE_FIELDS) checkFlag(field, opts[field]);
  const existing = await existingProfile();
  if (existing && !opts.force) {
    throw new UserError(
      `A profile for ${existing.name} already exists (${existing.track} track, workspace ${existing.workspace}); nothing was changed.`,
      1,
      `Your progress is safe. Change one setting with ${cmd('config set hours 6')}; re-create the profile (progress is kept) with ${cmd('init --force')}`,
    );
  }
  const base = startingAnswers(existing);
  const given = Object.fromEntries(PROFILE_FIELDS.filter((f) => opts[f] !== undefined).map((f) => [f, opts[f]])) as Partial<Answers>;
  const missing = PROFILE_FIELDS.filter((f) => given[f] === undefined);
  const { canPrompt } = await import('../ui/prompts.js');
  // --yes, or a re-created profile without a terminal: every answer not given is the starting one
  const fill = missing.length === 0 || opts.yes || (existing !== undefined && !canPrompt());
  const answers = fill ? { ...base, ...given } : await ask(missing, given, base);
  const profile = {
    name: answers.name.trim(),
    track: answers.track as Track,
    hoursPerWeek: parseHours(answers.hours),
    startDate: answers.start.trim(),
    workspace: expandHome(answers.dir),
  };
  // a bad --dir first (a usage error writes nothing), then the database: one that cannot be
  // created must not leave a workspace behind
  const [{ openStore }, { saveProfile }, { checkWorkspaceDir, createWorkspace }] = await Promise.all([import('../store/open.js'), import('../store/profile.js'), import('../core/workspace.js')]);
  checkWorkspaceDir(profile.workspace);
  const db = await openStore();
  createWorkspace(profile.workspace, profile.name, profile.track);
  saveProfile(db, profile);
  const { success, line } = await import('../ui/output.js');
  success(`${existing ? 'Profile re-created' : 'Welcome'}, ${profile.name}! ${profile.track === 'node' ? 'Node.js' : 'Python'} track, ${profile.hoursPerWeek} h/week from ${profile.startDate}.`);
  line(`Workspace: ${profile.workspace}`);
  if (existing) line('Your progress, check-ins and exercise history were kept.');
  line();
  line(`Next: read your first lesson with  ${cmd('week 1')}`);
  if (commandPrefix().startsWith('npm ')) line('Tip: `npm link` in this folder gives you the shorter `backend-roadmap week 1`.');
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('set up your profile and workspace (asks, or takes every answer as a flag)')
    .option('--name <name>', 'your name')
    .option('--track <track>', 'node or python', trackFlag)
    .option('--hours <n>', `hours you can study per week (default ${DEFAULT_HOURS}; 1.5 or 1,5)`)
    .option('--start <date>', 'start date, YYYY-MM-DD (default today)')
    .option('--dir <path>', `workspace folder (default ${DEFAULT_WORKSPACE})`)
    .option('-y, --yes', 'accept defaults for anything not given')
    .option('--force', "re-create an existing profile, starting from its answers (progress is kept)")
    .addHelpText(
      'after',
      `\n${TRACK_GUIDANCE}\n\nTo change one setting later: backend-roadmap config set <key> <value>\n\nExamples:\n  $ backend-roadmap init\n  $ backend-roadmap init --name Ada --track node --hours 8 --dir ~/code/roadmap --yes\n  $ backend-roadmap init --force --hours 6`,
    )
    .action(runInit);
}
