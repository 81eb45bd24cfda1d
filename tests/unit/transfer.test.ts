import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProgress, importProgress, progressFileSchema } from '../../src/progress/transfer.js';
import { addCheckin, listCheckins } from '../../src/store/checkins.js';
import { openDatabase } from '../../src/store/db.js';
import { getProfile, saveProfile } from '../../src/store/profile.js';
import { recordLessonView, viewedLessons } from '../../src/store/lessons.js';
import { recordProject } from '../../src/store/projects.js';
import { addQuizResult, listQuizResults } from '../../src/store/quizzes.js';
import { completedWeeks, markWeekComplete } from '../../src/store/weeks.js';
import { tempDir } from '../helpers/temp.js';

const profile = { name: 'Ada', track: 'node' as const, hoursPerWeek: 8, startDate: '2026-11-01', workspace: '/tmp/ws' };
const checkin = { hours: 2, confidence: 4, built: 'parser', blockers: '', notes: '' };

function seeded(name: string) {
  const db = openDatabase(join(tempDir(), `${name}.db`));
  saveProfile(db, { ...profile, name });
  return db;
}

describe('progress export/import', () => {
  it('round-trips everything into an empty database', () => {
    const a = seeded('Ada');
    addCheckin(a, checkin, '2026-11-02');
    markWeekComplete(a, 1, 'manual');
    recordProject(a, 'calculator', '/tmp/calc', { git: false });
    a.prepare("INSERT INTO exercise_state (exercise_id, hints_shown, passed_at) VALUES ('x', 2, '2026-11-03T00:00:00.000Z')").run();
    const file = exportProgress(a);

    const b = openDatabase(join(tempDir(), 'b.db'));
    const summary = importProgress(b, progressFileSchema.parse(JSON.parse(JSON.stringify(file))));
    expect(summary).toMatchObject({ profile: 'imported', checkins: 1, projects: 1, weeksCompleted: 1 });
    expect(getProfile(b)).toMatchObject({ name: 'Ada', quizSeed: getProfile(a)!.quizSeed });
    expect(exportProgress(b)).toMatchObject({ checkins: file.checkins, projects: file.projects, exerciseState: file.exerciseState });
  });

  it('merges without duplicates and without overwriting the existing profile', () => {
    const a = seeded('Ada');
    addCheckin(a, checkin, '2026-11-02');
    const b = seeded('Grace');
    addCheckin(b, { ...checkin, built: 'mine' }, '2026-11-03');
    markWeekComplete(b, 2, 'manual', '2026-11-05T00:00:00.000Z');
    const fromA = exportProgress(a);
    expect(importProgress(b, fromA).checkins).toBe(1);
    expect(importProgress(b, fromA)).toMatchObject({ checkins: 0, profile: 'kept-existing' });
    expect(listCheckins(b).map((c) => c.built).sort()).toEqual(['mine', 'parser']);
    expect(getProfile(b)?.name).toBe('Grace');
    expect(completedWeeks(b).get(2)).toBe('2026-11-05T00:00:00.000Z');
  });

  it("accepts an export from before quiz seeds: the imported learner's quiz is ordered by the creation time, as before", () => {
    const file = exportProgress(seeded('Ada'));
    const { quiz_seed: _seed, ...older } = file.profile!;
    const b = openDatabase(join(tempDir(), 'b.db'));
    importProgress(b, progressFileSchema.parse(JSON.parse(JSON.stringify({ ...file, profile: older }))));
    expect(getProfile(b)!.quizSeed).toBe(older.created_at);
  });

  it('carries lesson views, and accepts older exports that have none', () => {
    const a = seeded('Ada');
    recordLessonView(a, 3, '2026-11-05T00:00:00.000Z');
    const file = exportProgress(a);
    expect(file.lessonViews).toEqual([{ week: 3, first_viewed_at: '2026-11-05T00:00:00.000Z', last_viewed_at: '2026-11-05T00:00:00.000Z' }]);
    const b = seeded('Grace');
    recordLessonView(b, 3, '2026-11-09T00:00:00.000Z');
    importProgress(b, file);
    expect(exportProgress(b).lessonViews).toEqual([{ week: 3, first_viewed_at: '2026-11-05T00:00:00.000Z', last_viewed_at: '2026-11-09T00:00:00.000Z' }]);
    const { lessonViews: _dropped, ...older } = JSON.parse(JSON.stringify(file));
    expect(progressFileSchema.parse(older).lessonViews).toEqual([]);
    expect(viewedLessons(b)).toEqual(new Set([3]));
  });

  it('carries month review quiz results, and reads older quiz results as week quizzes', () => {
    const a = seeded('Ada');
    addQuizResult(a, { week: 2, month: null, score: 4, total: 5, answers: [0, 1, 2, 3, 0] });
    addQuizResult(a, { week: null, month: 1, score: 9, total: 10, answers: [0, 1, 2, 3, 0, 1, 2, 3, 0, 1] });
    const file = JSON.parse(JSON.stringify(exportProgress(a))) as { quizResults: Record<string, unknown>[] };
    const b = seeded('Grace');
    expect(importProgress(b, progressFileSchema.parse(file)).quizResults).toBe(2);
    expect(listQuizResults(b).map((r) => [r.week, r.month, r.score])).toEqual([[2, null, 4], [null, 1, 9]]);
    const older = { ...file, quizResults: file.quizResults.filter((r) => r.week !== null).map(({ month: _month, ...r }) => r) };
    expect(progressFileSchema.parse(older).quizResults[0]).toMatchObject({ week: 2, month: null });
    const both = { ...file, quizResults: [{ ...file.quizResults[0], month: 1 }] };
    expect(progressFileSchema.safeParse(both).success).toBe(false);
  });

  it('rejects files that are not exports', () => {
    expect(progressFileSchema.safeParse({ format: 'something-else' }).success).toBe(false);
    const db = seeded('Ada');
    const file = exportProgress(db);
    expect(progressFileSchema.safeParse({ ...file, checkins: [{ ...checkin, uid: 'short' }] }).success).toBe(false);
  });
});

describe('progress import validation', () => {
  function exported(): Record<string, any> {
    const a = seeded('Ada');
    addCheckin(a, { ...checkin, notes: 'fine' }, '2026-11-02');
    recordProject(a, 'calculator', '/tmp/calc', { lang: 'node' });
    a.prepare("INSERT INTO quiz_results (uid, week, created_at, score, total, answers) VALUES ('quiz-0001', 1, '2026-11-02T10:00:00.000Z', 3, 5, '[0,1,2]')").run();
    return JSON.parse(JSON.stringify(exportProgress(a)));
  }

  const forgeries: [string, (d: Record<string, any>) => void, string][] = [
    ['an impossible date', (d) => (d.checkins[0].day = '2026-02-30'), 'checkins.0.day'],
    ['a timestamp that is not a date', (d) => (d.checkins[0].created_at = 'yesterday-ish-but-long'), 'checkins.0.created_at'],
    ['a JSON column that does not parse', (d) => (d.quizResults[0].answers = '[0,1,'), 'quizResults.0.answers'],
    ['a JSON column of the wrong shape', (d) => (d.projects[0].options = '[1]'), 'projects.0.options'],
    ['a relative path', (d) => (d.projects[0].path = 'calc'), 'projects.0.path'],
    ['a relative workspace', (d) => (d.profile.workspace = 'ws'), 'profile.workspace'],
    ['a score above the total', (d) => (d.quizResults[0].score = 9), 'quizResults.0.score'],
    ['terminal control characters in a note', (d) => (d.checkins[0].notes = 'ok\u001b[2J'), 'checkins.0.notes'],
    ['a NUL in a name', (d) => (d.profile.name = 'Ada\u0000'), 'profile.name'],
    ['hours out of range', (d) => (d.checkins[0].hours = 25), 'checkins.0.hours'],
    ['an exercise id that is not one', (d) => (d.exerciseAttempts = [{ uid: 'attempt-01', exercise_id: '../../etc', created_at: '2026-11-02T10:00:00.000Z', passed: 1, duration_ms: 5, summary: '' }]), 'exerciseAttempts.0.exercise_id'],
  ];

  it('accepts its own export', () => {
    expect(progressFileSchema.safeParse(exported()).success).toBe(true);
  });

  it.each(forgeries)('refuses %s, naming the field', (_name, forge, field) => {
    const data = exported();
    forge(data);
    const parsed = progressFileSchema.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path.join('.')).toBe(field);
  });

  it('exports rows with control characters (a check summary in colour) so that they import again', async () => {
    const { exportProgressJson } = await import('../../src/progress/transfer.js');
    const a = seeded('Ada');
    a.prepare("INSERT INTO exercise_attempts (uid, exercise_id, created_at, passed, duration_ms, summary) VALUES ('attempt-01', 'sum', '2026-11-02T10:00:00.000Z', 0, 5, ?)").run('\u001b[31m1/3 cases passed\u001b[0m');
    const data = JSON.parse(exportProgressJson(a));
    expect(progressFileSchema.safeParse(data).success).toBe(true);
    expect(data.exerciseAttempts[0].summary).toBe('[31m1/3 cases passed[0m');
  });
});
