import type { Track } from '../curriculum/schema.js';
import { UserError } from '../core/errors.js';
import { immediate, nowIso, type Db } from './db.js';
import { cmd } from '../core/invocation.js';
import { openStoreIfExists } from './open.js';
import { newUid } from './uid.js';

export interface Profile {
  name: string;
  track: Track;
  hoursPerWeek: number;
  /** YYYY-MM-DD */
  startDate: string;
  workspace: string;
  createdAt: string;
  /** orders the learner's quiz choices; kept by re-running init */
  quizSeed: string;
}

interface ProfileRow {
  name: string;
  track: Track;
  hours_per_week: number;
  start_date: string;
  workspace: string;
  created_at: string;
  quiz_seed: string | null;
}

export function getProfile(db: Db): Profile | undefined {
  const row = db.prepare('SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined;
  return row && {
    name: row.name,
    track: row.track,
    hoursPerWeek: row.hours_per_week,
    startDate: row.start_date,
    workspace: row.workspace,
    createdAt: row.created_at,
    quizSeed: row.quiz_seed ?? row.created_at,
  };
}

/** Creates or replaces the profile; progress tables are untouched. */
export function saveProfile(db: Db, p: Omit<Profile, 'createdAt' | 'quizSeed'>): void {
  const now = nowIso();
  immediate(db, () => {
    db.prepare(
      `INSERT INTO profile (id, name, track, hours_per_week, start_date, workspace, created_at, updated_at, quiz_seed)
       VALUES (1, @name, @track, @hoursPerWeek, @startDate, @workspace, @now, @now, @quizSeed)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, track = excluded.track,
         hours_per_week = excluded.hours_per_week, start_date = excluded.start_date,
         workspace = excluded.workspace, updated_at = excluded.updated_at`,
    ).run({ ...p, now, quizSeed: newUid(db) });
  });
}

const noProfile = () => new UserError(`No profile yet: run \`${cmd('init')}\` first.`, 1);

/** The profile, or a clear instruction to create one. */
export function requireProfile(db: Db): Profile {
  const profile = getProfile(db);
  if (!profile) throw noProfile();
  return profile;
}

/** The database and the learner's profile, for the commands that need one; before `init` nothing is created. */
export async function openWithProfile(): Promise<{ db: Db; profile: Profile }> {
  const db = await openStoreIfExists();
  if (!db) throw noProfile();
  return { db, profile: requireProfile(db) };
}
