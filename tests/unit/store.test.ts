import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadMigrations, openDatabase } from '../../src/store/db.js';
import { describeStorageFailure } from '../../src/store/failures.js';
import { checkDatabase } from '../../src/store/integrity.js';
import { addCheckin, countCheckins, listCheckins, recentCheckins } from '../../src/store/checkins.js';
import { getProfile, saveProfile } from '../../src/store/profile.js';
import { completedWeeks, markWeekComplete, markWeekIncomplete } from '../../src/store/weeks.js';
import { listQuizResults } from '../../src/store/quizzes.js';
import { tempDir } from '../helpers/temp.js';

const profile = { name: 'Ada', track: 'node' as const, hoursPerWeek: 8, startDate: '2026-11-01', workspace: '/tmp/ws' };

describe('openDatabase', () => {
  it('creates the schema with WAL, foreign keys, busy timeout and the latest user_version', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)!.version);
    db.close();
  });

  it('reopens an existing database without re-running migrations', () => {
    const file = join(tempDir(), 'progress.db');
    const first = openDatabase(file);
    saveProfile(first, profile);
    first.close();
    const again = openDatabase(file);
    expect(getProfile(again)?.name).toBe('Ada');
    again.close();
  });

  it('migrates an older database forward and keeps its rows', () => {
    const file = join(tempDir(), 'progress.db');
    const [first] = loadMigrations();
    const old = new Database(file);
    old.exec(first!.sql);
    old.pragma(`user_version = ${first!.version}`);
    old.prepare("INSERT INTO checkins (uid, created_at, day, hours, confidence) VALUES ('uid-0001', '2026-11-01T10:00:00Z', '2026-11-01', 1, 3)").run();
    old.prepare("INSERT INTO quiz_results (uid, week, created_at, score, total, answers) VALUES ('quiz-0001', 2, '2026-11-01T11:00:00Z', 3, 5, '[0,1,2,3,0]')").run();
    old.prepare("INSERT INTO profile VALUES (1, 'Ada', 'node', 8, '2026-11-01', '/tmp/ws', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z')").run();
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)!.version);
    expect(listCheckins(db).map((c) => c.uid)).toEqual(['uid-0001']);
    expect(listQuizResults(db)).toEqual([expect.objectContaining({ uid: 'quiz-0001', week: 2, month: null, answers: [0, 1, 2, 3, 0] })]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'lesson_views'").pluck().get()).toBe('lesson_views');
    // the quiz keeps the order it had: a profile from before quiz seeds is seeded by its creation time
    expect(getProfile(db)!.quizSeed).toBe('2026-11-01T09:00:00.000Z');
    saveProfile(db, { ...getProfile(db)!, name: 'Ada L.' });
    expect(getProfile(db)!.quizSeed).toBe('2026-11-01T09:00:00.000Z');
    db.close();
  });

  it('gives each new profile its own quiz seed, which re-saving the profile keeps', () => {
    const [a, b] = ['a', 'b'].map((name) => openDatabase(join(tempDir(), `${name}.db`)));
    const profile = { name: 'Ada', track: 'node' as const, hoursPerWeek: 8, startDate: '2026-11-01', workspace: '/tmp/ws' };
    saveProfile(a!, profile);
    saveProfile(b!, profile);
    const seed = getProfile(a!)!.quizSeed;
    expect(seed).toMatch(/^[0-9a-f-]{36}$/);
    expect(getProfile(b!)!.quizSeed).not.toBe(seed);
    saveProfile(a!, { ...profile, hoursPerWeek: 10 });
    expect(getProfile(a!)!.quizSeed).toBe(seed);
  });

  it('refuses a database written by a newer version, leaving it untouched', () => {
    const file = join(tempDir(), 'progress.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(file);
    const db = openDatabase(file);
    expect(db.readonly).toBe(true);
    let failure: unknown;
    try {
      db.exec("INSERT INTO lesson_views VALUES (1, 'a', 'b')");
    } catch (error) {
      failure = describeStorageFailure(error);
    }
    db.close();
    expect((failure as Error).message).toMatch(/newer backend-roadmap/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite, naming it and leaving it untouched', () => {
    const file = join(tempDir(), 'progress.db');
    writeFileSync(file, 'my precious notes, not a database');
    const error = (() => {
      try {
        openDatabase(file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('my precious notes, not a database');
  });

  it('opens without scanning the file, and reports a damaged database when read or checked', () => {
    const file = join(tempDir(), 'progress.db');
    const db = openDatabase(file);
    for (let i = 0; i < 300; i++) addCheckin(db, { hours: 1, confidence: 3, built: 'x'.repeat(200), blockers: '', notes: '' }, '2026-11-01');
    db.pragma('wal_checkpoint(TRUNCATE)');
    // smash the checkins table's root page (where it lies depends on the migrations), keep the header
    const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'checkins'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, (root - 1) * pageSize, root * pageSize);
    writeFileSync(file, bytes);
    const damaged = openDatabase(file);
    let failure: unknown;
    try {
      listCheckins(damaged);
    } catch (error) {
      failure = describeStorageFailure(error);
    }
    damaged.close();
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toMatch(/damaged/);
    expect(checkDatabase(file)).not.toBe('ok');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('progress tables', () => {
  it('keeps progress when the profile is re-created', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    saveProfile(db, profile);
    markWeekComplete(db, 1, 'manual');
    addCheckin(db, { hours: 2, confidence: 4, built: 'calc', blockers: '', notes: '' }, '2026-11-02');
    saveProfile(db, { ...profile, name: 'Grace', track: 'python' });
    expect(getProfile(db)).toMatchObject({ name: 'Grace', track: 'python' });
    expect([...completedWeeks(db).keys()]).toEqual([1]);
    expect(listCheckins(db)).toHaveLength(1);
    db.close();
  });

  it('marks weeks complete once and undoes them', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    markWeekComplete(db, 3, 'manual', '2026-11-10T00:00:00.000Z');
    markWeekComplete(db, 3, 'exercises', '2026-11-12T00:00:00.000Z');
    expect(completedWeeks(db).get(3)).toBe('2026-11-10T00:00:00.000Z');
    markWeekIncomplete(db, 3);
    expect(completedWeeks(db).has(3)).toBe(false);
    db.close();
  });

  it('reads the latest check-ins and the count without the whole history, through indexes', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    for (const [i, at] of ['2026-11-03T09:00:00.000Z', '2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z'].entries()) {
      addCheckin(db, { hours: 1, confidence: 3, built: `b${i}`, blockers: '', notes: '' }, at.slice(0, 10), at);
    }
    expect(countCheckins(db)).toBe(4);
    expect(recentCheckins(db, 3).map((k) => k.built)).toEqual(listCheckins(db).slice(-3).map((k) => k.built));
    expect(recentCheckins(db, 3).map((k) => k.built)).toEqual(['b2', 'b3', 'b0']); // equal times: insertion order
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan('SELECT * FROM checkins ORDER BY created_at DESC, id DESC LIMIT 20')).not.toMatch(/TEMP B-TREE|SCAN checkins$/);
    expect(plan('SELECT COALESCE(SUM(hours), 0) FROM checkins')).toMatch(/COVERING INDEX/);
    expect(plan('SELECT DISTINCT day FROM checkins')).toMatch(/COVERING INDEX/);
    db.close();
  });

  it('rejects out-of-range values at the database too', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    expect(() => addCheckin(db, { hours: 30, confidence: 3, built: '', blockers: '', notes: '' }, '2026-11-01')).toThrow(/CHECK/);
    expect(() => markWeekComplete(db, 17, 'manual')).toThrow(/CHECK/);
    db.close();
  });
});
