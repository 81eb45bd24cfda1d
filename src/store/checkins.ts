import { immediate, nowIso, type Db } from './db.js';
import { newUid } from './uid.js';

export interface CheckinInput {
  hours: number;
  confidence: number;
  built: string;
  blockers: string;
  notes: string;
  /** roadmap week the learner was on, if known */
  week?: number | undefined;
}

export interface Checkin extends CheckinInput {
  uid: string;
  createdAt: string;
  /** the learner's local calendar day, YYYY-MM-DD */
  day: string;
}

interface CheckinRow {
  uid: string;
  created_at: string;
  day: string;
  week: number | null;
  hours: number;
  confidence: number;
  built: string;
  blockers: string;
  notes: string;
}

const toCheckin = (r: CheckinRow): Checkin => ({
  uid: r.uid,
  createdAt: r.created_at,
  day: r.day,
  week: r.week ?? undefined,
  hours: r.hours,
  confidence: r.confidence,
  built: r.built,
  blockers: r.blockers,
  notes: r.notes,
});

export function addCheckin(db: Db, input: CheckinInput, day: string, at = nowIso()): Checkin {
  const checkin: Checkin = { ...input, uid: newUid(db), createdAt: at, day };
  insertCheckins(db, [checkin]);
  return checkin;
}

/** Inserts check-ins, skipping any whose uid is already stored; returns how many were new. */
export function insertCheckins(db: Db, checkins: Checkin[]): number {
  const insert = db.prepare(
    `INSERT INTO checkins (uid, created_at, day, week, hours, confidence, built, blockers, notes)
     VALUES (@uid, @createdAt, @day, @week, @hours, @confidence, @built, @blockers, @notes)
     ON CONFLICT (uid) DO NOTHING`,
  );
  return immediate(db, () =>
    checkins.reduce((added, c) => added + insert.run({ ...c, week: c.week ?? null }).changes, 0),
  );
}

export function countCheckins(db: Db): number {
  // the per-day totals (migration 006): one row a day instead of one per check-in
  return db.prepare('SELECT TOTAL(checkins) FROM activity_days').pluck().get() as number;
}

/** The latest `limit` check-ins, oldest first (read from the newest end of an index, never the whole table). */
export function recentCheckins(db: Db, limit: number): Checkin[] {
  const rows = db.prepare('SELECT * FROM checkins ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as CheckinRow[];
  return rows.reverse().map(toCheckin);
}

export function listCheckins(db: Db): Checkin[] {
  return (db.prepare('SELECT * FROM checkins ORDER BY created_at, id').all() as CheckinRow[]).map(toCheckin);
}
