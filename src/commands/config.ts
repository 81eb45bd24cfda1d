import type { Command } from 'commander';
import { usageError } from '../core/errors.js';
import { expandHome, parseHours, type ProfileField } from '../core/profile-fields.js';
import type { Track } from '../curriculum/schema.js';
import type { Profile } from '../store/profile.js';
import { checkFlag } from './init.js';

// One setting at a time, validated exactly like the matching `init` flag.
const KEYS = {
  name: { field: 'name', read: (p) => p.name, apply: (p, v) => ({ ...p, name: v.trim() }) },
  track: { field: 'track', read: (p) => p.track, apply: (p, v) => ({ ...p, track: v as Track }) },
  hours: { field: 'hours', read: (p) => String(p.hoursPerWeek), apply: (p, v) => ({ ...p, hoursPerWeek: parseHours(v) }) },
  start: { field: 'start', read: (p) => p.startDate, apply: (p, v) => ({ ...p, startDate: v.trim() }) },
  workspace: { field: 'dir', read: (p) => p.workspace, apply: (p, v) => ({ ...p, workspace: expandHome(v) }) },
} satisfies Record<string, { field: ProfileField; read: (p: Profile) => string; apply: (p: Profile, v: string) => Profile }>;
type Key = keyof typeof KEYS;

function keyOf(name: string): Key {
  if (Object.hasOwn(KEYS, name)) return name as Key;
  throw usageError(`Unknown setting ${JSON.stringify(name)}`, `Settings: ${Object.keys(KEYS).join(', ')}`);
}

async function runConfig(action: string | undefined, key: string | undefined, value: string | undefined): Promise<void> {
  const [{ line, success }, { openWithProfile, saveProfile }] = await Promise.all([import('../ui/output.js'), import('../store/profile.js')]);
  if (action === undefined) {
    const { profile } = await openWithProfile();
    for (const [name, k] of Object.entries(KEYS)) line(`${name.padEnd(10)} ${k.read(profile)}`);
    return;
  }
  if (action !== 'get' && action !== 'set') throw usageError(`Unknown config action ${JSON.stringify(action)}: use get or set`);
  if (key === undefined) throw usageError(`Say which setting: config ${action} <${Object.keys(KEYS).join('|')}>`);
  const k = KEYS[keyOf(key)];
  if (action === 'get') {
    if (value !== undefined) throw usageError(`config get takes no value: config get ${key}`);
    line(k.read((await openWithProfile()).profile));
    return;
  }
  if (value === undefined) throw usageError(`Say the new value: config set ${key} <value>`);
  checkFlag(k.field, value, key);
  const { db, profile } = await openWithProfile();
  const updated = k.apply(profile, value);
  if (key === 'workspace') {
    const { createWorkspace } = await import('../core/workspace.js');
    createWorkspace(updated.workspace, updated.name, updated.track);
  }
  saveProfile(db, updated);
  success(`${key}: ${k.read(profile)} → ${k.read(updated)}`);
}

export function registerConfig(program: Command): void {
  program
    .command('config')
    .argument('[action]', 'get or set (none: show every setting)')
    .argument('[key]', `one of ${Object.keys(KEYS).join(', ')}`)
    .argument('[value]', 'the new value (for set), checked like the matching init flag')
    .description('show or change one setting of your profile without re-creating it')
    .addHelpText(
      'after',
      '\nExamples:\n  $ backend-roadmap config\n  $ backend-roadmap config get hours\n  $ backend-roadmap config set hours 6\n  $ backend-roadmap config set workspace ~/code/roadmap',
    )
    .action(runConfig);
}
