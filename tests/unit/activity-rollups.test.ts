import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/core/dates.js';
import { activity, hoursLogged } from '../../src/store/activity.js';
import { addCheckin, countCheckins } from '../../src/store/checkins.js';
import { loadMigrations, openDatabase, type Db } from '../../src/store/db.js';
import { exerciseStates, markStarted, recordAttempt } from '../../src/store/exercises.js';
import { addQuizResult } from '../../src/store/quizzes.js';
import { markWeekComplete, markWeekIncomplete } from '../../src/store/weeks.js';
import { tempDir } from '../helpers/temp.js';

// status and progress read running totals (migration 006) that triggers keep beside the rows. Here
// they are compared, after every kind of write, with what the rows themselves say: what the roadmap
// computed from every row before the totals existed.

function fromRows(db: Db) {
  const days = new Map<string, number>();
  const touch = (day: string, hours = 0) => days.set(day, (days.get(day) ?? 0) + hours);
  const checkins = db.prepare('SELECT day, hours FROM checkins').all() as { day: string; hours: number }[];
  for (const c of checkins) touch(c.day, c.hours);
  const stamps = db
    .prepare('SELECT created_at FROM exercise_attempts UNION ALL SELECT created_at FROM quiz_results UNION ALL SELECT completed_at FROM week_progress WHERE completed_at IS NOT NULL')
    .pluck()
    .all() as string[];
  for (const stamp of stamps) touch(localDay(new Date(stamp)));
  const attempts = db.prepare('SELECT exercise_id, COUNT(*) AS n, MAX(created_at) AS last FROM exercise_attempts GROUP BY exercise_id').all() as { exercise_id: string; n: number; last: string }[];
  return {
    days: [...days.keys()].sort(),
    hoursByDay: [...days].sort(),
    hours: checkins.reduce((n, c) => n + c.hours, 0),
    checkins: checkins.length,
    attempts: Object.fromEntries(attempts.map((a) => [a.exercise_id, { attempts: a.n, lastAttemptAt: a.last }])),
  };
}

function fromTotals(db: Db) {
  const { days, hoursByDay } = activity(db);
  const states = [...exerciseStates(db).values()].filter((s) => s.attempts > 0);
  return {
    days: [...days].sort(),
    hoursByDay: [...hoursByDay].sort(),
    hours: hoursLogged(db),
    checkins: countCheckins(db),
    attempts: Object.fromEntries(states.map((s) => [s.exerciseId, { attempts: s.attempts, lastAttemptAt: s.lastAttemptAt }])),
  };
}

const checkin = (hours: number) => ({ hours, confidence: 3, built: 'an endpoint', blockers: '', notes: '' });
const quiz = (week: number) => ({ week, month: null, score: 3, total: 4, answers: [0, 1, 2, 3] });

describe('activity totals (migration 006)', () => {
  it('start from the rows of a database written before them', () => {
    const file = join(tempDir(), 'progress.db');
    const old = new Database(file);
    for (const m of loadMigrations().filter((m) => m.version < 6)) old.exec(m.sql);
    old.pragma('user_version = 5');
    const insertCheckin = old.prepare("INSERT INTO checkins (uid, created_at, day, hours, confidence) VALUES (?, ?, ?, ?, 3)");
    insertCheckin.run('c1', '2026-11-02T09:00:00.000Z', '2026-11-02', 1.5);
    insertCheckin.run('c2', '2026-11-02T20:00:00.000Z', '2026-11-02', 2);
    insertCheckin.run('c3', '2026-11-05T09:00:00.000Z', '2026-11-05', 0);
    const insertAttempt = old.prepare("INSERT INTO exercise_attempts (uid, exercise_id, created_at, passed, duration_ms) VALUES (?, ?, ?, 0, 10)");
    insertAttempt.run('a1', 'describe-type', '2026-11-03T12:00:00.000Z');
    insertAttempt.run('a2', 'describe-type', '2026-11-09T12:00:00.000Z');
    insertAttempt.run('a3', 'user-profile', '2026-11-09T13:00:00.000Z');
    old.prepare("INSERT INTO exercise_state (exercise_id, hints_shown, started_at) VALUES ('describe-type', 2, '2026-11-01T10:00:00.000Z'), ('never-tried', 0, '2026-11-01T10:00:00.000Z')").run();
    old.prepare("INSERT INTO quiz_results (uid, week, created_at, score, total, answers) VALUES ('q1', 1, '2026-11-10T08:00:00.000Z', 3, 4, '[]')").run();
    old.prepare("INSERT INTO week_progress (week, completed_at) VALUES (1, '2026-11-11T08:00:00.000Z'), (2, NULL)").run();
    const before = fromRows(old as unknown as Db);
    old.close();

    const db = openDatabase(file);
    expect(fromTotals(db)).toEqual(before);
    expect(before.checkins).toBe(3);
    expect(before.attempts['describe-type']).toEqual({ attempts: 2, lastAttemptAt: '2026-11-09T12:00:00.000Z' });
    const states = exerciseStates(db);
    expect(states.get('describe-type')).toMatchObject({ hintsShown: 2, startedAt: '2026-11-01T10:00:00.000Z', attempts: 2 });
    expect(states.get('user-profile')).toMatchObject({ hintsShown: 0, attempts: 1 }); // attempts only: a row now
    expect(states.get('never-tried')).toEqual({ exerciseId: 'never-tried', hintsShown: 0, startedAt: '2026-11-01T10:00:00.000Z', attempts: 0 });
    db.close();
  });

  it('follow every write: check-ins, attempts, quizzes, weeks marked and unmarked, and rows removed', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    const same = () => expect(fromTotals(db)).toEqual(fromRows(db));
    same();
    addCheckin(db, checkin(2), '2026-11-02', '2026-11-02T10:00:00.000Z');
    addCheckin(db, checkin(0.5), '2026-11-02', '2026-11-02T21:00:00.000Z');
    addCheckin(db, checkin(0), '2026-11-04', '2026-11-04T10:00:00.000Z');
    same();
    markStarted(db, 'describe-type', '2026-11-03T09:00:00.000Z');
    recordAttempt(db, { exerciseId: 'describe-type', passed: false, durationMs: 5, summary: '1/9' }, '2026-11-03T10:00:00.000Z');
    recordAttempt(db, { exerciseId: 'describe-type', passed: true, durationMs: 5, summary: '9/9' }, '2026-11-06T10:00:00.000Z');
    recordAttempt(db, { exerciseId: 'user-profile', passed: false, durationMs: 5, summary: '0/6' }, '2026-11-06T11:00:00.000Z');
    same();
    addQuizResult(db, quiz(1), '2026-11-07T10:00:00.000Z');
    markWeekComplete(db, 1, 'manual', '2026-11-08T10:00:00.000Z');
    markWeekComplete(db, 1, 'manual', '2026-11-09T10:00:00.000Z'); // already complete: unchanged
    same();
    expect(activity(db).days).toContain(localDay(new Date('2026-11-08T10:00:00.000Z')));
    markWeekIncomplete(db, 1);
    same();
    markWeekComplete(db, 1, 'exercises', '2026-11-10T10:00:00.000Z');
    same();

    db.prepare("DELETE FROM checkins WHERE day = '2026-11-04'").run();
    db.prepare("DELETE FROM exercise_attempts WHERE created_at = '2026-11-06T10:00:00.000Z'").run();
    db.prepare('DELETE FROM quiz_results').run();
    db.prepare('DELETE FROM week_progress').run();
    same();
    expect(exerciseStates(db).get('describe-type')).toMatchObject({ attempts: 1, lastAttemptAt: '2026-11-03T10:00:00.000Z' });
    expect(activity(db).days).not.toContain('2026-11-04');
    db.close();
  });
});
