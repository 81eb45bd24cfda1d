import type { Command } from 'commander';
import { UserError, usageError } from '../core/errors.js';
import { parseHours } from '../core/profile-fields.js';
import { hasControlCharacters, MAX_TEXT_LENGTH } from '../core/text-rules.js';

interface CheckinOptions {
  hours?: string;
  confidence?: string;
  built?: string;
  blockers?: string;
  notes?: string;
}

const validHours = (v: string) => {
  const n = parseHours(v);
  return (Number.isFinite(n) && n >= 0 && n <= 24) || 'hours studied today: a number from 0 to 24 (1.5 or 1,5)';
};
// the limits an export is imported back with: a check-in saved here always survives export and import
const validText = (v: string) => (v.length <= MAX_TEXT_LENGTH && !hasControlCharacters(v)) || `text of at most ${MAX_TEXT_LENGTH} characters, without control characters`;
const validConfidence = (v: string) => /^[1-5]$/.test(v.trim()) || 'confidence: a whole number from 1 (lost) to 5 (solid)';

function check(flag: string, value: string | undefined, rule: (v: string) => true | string): void {
  if (value === undefined) return;
  const ok = rule(value);
  const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (ok !== true) throw usageError(`--${flag} ${shown} is not valid: expected ${ok}`);
}

async function gather(opts: CheckinOptions): Promise<Required<CheckinOptions>> {
  const missing = (['hours', 'confidence'] as const).filter((f) => opts[f] === undefined);
  // Fully interactive when nothing was passed; otherwise only ask for what is required.
  const interactive = Object.values(opts).every((v) => v === undefined);
  const result = { built: '', blockers: '', notes: '', ...opts } as Required<CheckinOptions>;
  if (missing.length === 0 && !interactive) return result;
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(missing.map((f) => `--${f}`));
  const { input, select } = await prompts();
  if (opts.hours === undefined) result.hours = await input({ message: 'Hours studied today', validate: validHours });
  if (opts.confidence === undefined) {
    result.confidence = await select({
      message: 'How confident do you feel about this week’s topics?',
      choices: ['1 — lost', '2 — shaky', '3 — getting there', '4 — good', '5 — solid'].map((name, i) => ({ name, value: String(i + 1) })),
    });
  }
  if (interactive) {
    result.built = await input({ message: 'What did you build or learn? (optional)', validate: validText });
    result.blockers = await input({ message: 'Anything blocking you? (optional)', validate: validText });
    result.notes = await input({ message: 'Notes (optional)', validate: validText });
  }
  return result;
}

/** A check-in that could not be saved (locked, read-only, full disk) is printed back as a command to rerun. */
async function notLost(error: unknown, c: { hours: number; confidence: number; built: string; blockers: string; notes: string }): Promise<unknown> {
  const { describeStorageFailure } = await import('../store/failures.js');
  const failure = describeStorageFailure(error);
  if (!failure) return error;
  const quote = (v: string) => `'${v.replaceAll("'", `'\\''`)}'`;
  const texts = (['built', 'blockers', 'notes'] as const).filter((k) => c[k]).map((k) => ` --${k} ${quote(c[k])}`);
  return new UserError(
    failure.message,
    failure.exitCode,
    `Your check-in was not saved. To save it, run:\n  backend-roadmap checkin --hours ${c.hours} --confidence ${c.confidence}${texts.join('')}`,
  );
}

async function runCheckin(opts: CheckinOptions): Promise<void> {
  check('hours', opts.hours, validHours);
  check('confidence', opts.confidence, validConfidence);
  for (const flag of ['built', 'blockers', 'notes'] as const) check(flag, opts[flag], validText);
  const { openWithProfile } = await import('../store/profile.js');
  const { db, profile } = await openWithProfile();
  const answers = await gather(opts);
  const [{ addCheckin }, { localDay }, { readIndex }, { buildStatus }] = await Promise.all([
    import('../store/checkins.js'),
    import('../core/dates.js'),
    import('../curriculum/index-file.js'),
    import('../progress/status-model.js'),
  ]);
  const index = await readIndex();
  const before = buildStatus(db, profile, index);
  const checkin = {
    hours: parseHours(answers.hours),
    confidence: Number(answers.confidence),
    built: answers.built.trim(),
    blockers: answers.blockers.trim(),
    notes: answers.notes.trim(),
    week: before.currentWeek,
  };
  try {
    addCheckin(db, checkin, localDay());
  } catch (error) {
    throw await notLost(error, checkin);
  }
  const after = buildStatus(db, profile, index);
  const { printCheckinSummary } = await import('../ui/checkin-view.js');
  printCheckinSummary(after);
}

export function registerCheckin(program: Command): void {
  program
    .command('checkin')
    .description('log a study session: hours, confidence, what you built, blockers; shows your streak and pace')
    .option('--hours <n>', 'hours studied today (0-24)')
    .option('--confidence <1-5>', 'how solid this week feels, 1 (lost) to 5 (solid)')
    .option('--built <text>', 'what you built or learned')
    .option('--blockers <text>', 'what is blocking you')
    .option('--notes <text>', 'anything else')
    .addHelpText('after', '\nExamples:\n  $ backend-roadmap checkin\n  $ backend-roadmap checkin --hours 1.5 --confidence 4 --built "calculator parser" --blockers "none"')
    .action(runCheckin);
}
