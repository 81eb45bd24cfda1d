import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { exerciseState, exerciseStates, listAttempts, markStarted, prepareAttempt, recordAttempt, revealHint } from '../../src/store/exercises.js';
import { addQuizResult, listQuizResults } from '../../src/store/quizzes.js';
import { tempDir } from '../helpers/temp.js';

const freshDb = () => openDatabase(join(tempDir(), 'progress.db'));

describe('exercise store', () => {
  it('records attempts and counts them per exercise', () => {
    const db = freshDb();
    recordAttempt(db, { exerciseId: 'a', passed: false, durationMs: 120.4, summary: '1/3 cases passed' }, '2026-11-02T10:00:00.000Z');
    recordAttempt(db, { exerciseId: 'a', passed: true, durationMs: 99, summary: '3/3 cases passed' }, '2026-11-02T10:05:00.000Z');
    const attempts = listAttempts(db, 'a');
    expect(attempts.map((a) => [a.passed, a.durationMs, a.summary])).toEqual([
      [false, 120, '1/3 cases passed'],
      [true, 99, '3/3 cases passed'],
    ]);
    expect(new Set(attempts.map((a) => a.uid)).size).toBe(2);
    const state = exerciseState(db, 'a');
    expect(state).toMatchObject({ attempts: 2, passedAt: '2026-11-02T10:05:00.000Z', lastAttemptAt: '2026-11-02T10:05:00.000Z' });
    db.close();
  });

  it('prepares an attempt while a check runs without writing anything: an interrupted check leaves no trace', () => {
    const db = freshDb();
    const record = prepareAttempt(db, 'a');
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(0);
    expect(exerciseState(db, 'a')).toEqual({ exerciseId: 'a', hintsShown: 0, attempts: 0 });
    const attempt = record({ passed: true, durationMs: 80.6, summary: '2/2 cases passed' }, '2026-11-02T10:00:00.000Z');
    expect(listAttempts(db, 'a')).toEqual([{ ...attempt, durationMs: 81 }]);
    expect(attempt).toMatchObject({ exerciseId: 'a', passed: true, summary: '2/2 cases passed', createdAt: '2026-11-02T10:00:00.000Z' });
    expect(exerciseState(db, 'a')).toMatchObject({ attempts: 1, passedAt: '2026-11-02T10:00:00.000Z' });
    db.close();
  });

  it('keeps the first pass: a later failure does not undo progress', () => {
    const db = freshDb();
    recordAttempt(db, { exerciseId: 'a', passed: true, durationMs: 1, summary: '' }, '2026-11-02T10:00:00.000Z');
    recordAttempt(db, { exerciseId: 'a', passed: false, durationMs: 1, summary: '' }, '2026-11-03T10:00:00.000Z');
    recordAttempt(db, { exerciseId: 'a', passed: true, durationMs: 1, summary: '' }, '2026-11-04T10:00:00.000Z');
    expect(exerciseState(db, 'a').passedAt).toBe('2026-11-02T10:00:00.000Z');
    db.close();
  });

  it('reveals hints one at a time, never past the last', () => {
    const db = freshDb();
    expect([revealHint(db, 'a', 2), revealHint(db, 'a', 2), revealHint(db, 'a', 2)]).toEqual([1, 2, 2]);
    expect(exerciseState(db, 'a').hintsShown).toBe(2);
    db.close();
  });

  it('reports untouched exercises as empty state and started ones with their start time', () => {
    const db = freshDb();
    expect(exerciseState(db, 'never')).toEqual({ exerciseId: 'never', hintsShown: 0, attempts: 0 });
    markStarted(db, 'b', '2026-11-01T08:00:00.000Z');
    markStarted(db, 'b', '2026-11-05T08:00:00.000Z');
    const states = exerciseStates(db);
    expect(states.get('b')).toMatchObject({ startedAt: '2026-11-01T08:00:00.000Z', attempts: 0 });
    expect(states.has('never')).toBe(false);
    db.close();
  });
});

describe('quiz store', () => {
  it('stores week and month review results with their answers and lists them all, per week or per month', () => {
    const db = freshDb();
    addQuizResult(db, { week: 1, month: null, score: 2, total: 4, answers: [1, 0, 2, 3] }, '2026-11-02T10:00:00.000Z');
    addQuizResult(db, { week: 2, month: null, score: 3, total: 3, answers: [0, 0, 1] }, '2026-11-09T10:00:00.000Z');
    addQuizResult(db, { week: null, month: 1, score: 8, total: 10, answers: [0, 1, 2, 3, 0, 1, 2, 3, 0, 1] }, '2026-11-30T10:00:00.000Z');
    expect(listQuizResults(db).map((r) => [r.week, r.month])).toEqual([[1, null], [2, null], [null, 1]]);
    expect(listQuizResults(db, { week: 1 })).toEqual([expect.objectContaining({ score: 2, total: 4, answers: [1, 0, 2, 3] })]);
    expect(listQuizResults(db, { month: 1 })).toEqual([expect.objectContaining({ week: null, month: 1, score: 8, total: 10 })]);
    expect(listQuizResults(db, { week: 5 })).toEqual([]);
    db.close();
  });

  it('refuses a result that names both a week and a month', () => {
    const db = freshDb();
    expect(() => addQuizResult(db, { week: 1, month: 1, score: 1, total: 1, answers: [0] } as never)).toThrow(/CHECK/);
    db.close();
  });
});
