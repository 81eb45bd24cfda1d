import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weeksPassed } from '../../src/review/week-completion.js';
import type { StageOutcome } from '../../src/review/types.js';
import { loadMigrations, openDatabase } from '../../src/store/db.js';
import { recordReview, reviewedProjects } from '../../src/store/reviews.js';
import { completedWeeks, markWeekComplete } from '../../src/store/weeks.js';
import { tempDir } from '../helpers/temp.js';

describe('review results in the progress database', () => {
  it('keeps the latest result per stage of each reviewed folder', () => {
    const db = openDatabase(join(tempDir(), 'progress.db'));
    recordReview(db, '/p/blog', 'blog-api', [{ stageId: 'a', passed: true }, { stageId: 'b', passed: false }], '2026-12-01T10:00:00.000Z');
    recordReview(db, '/p/blog', 'blog-api', [{ stageId: 'a', passed: true }, { stageId: 'b', passed: true }], '2026-12-01T11:00:00.000Z');
    recordReview(db, '/p/other', 'blog-api', [{ stageId: 'a', passed: false }], '2026-12-01T09:00:00.000Z');
    const rows = reviewedProjects(db);
    expect(rows).toHaveLength(2);
    const blog = rows.find((r) => r.projectPath === '/p/blog')!;
    expect([...blog.stages]).toEqual([['a', true], ['b', true]]);
    expect(blog.lastAt).toBe('2026-12-01T11:00:00.000Z');
    db.close();
  });

  it('migration 003 keeps completed weeks and accepts the "review" source', () => {
    const file = join(tempDir(), 'progress.db');
    const migrations = loadMigrations();
    const old = new Database(file);
    for (const m of migrations.filter((m) => m.version < 3)) old.exec(m.sql);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO week_progress (week, completed_at, source) VALUES (1, '2026-11-02T10:00:00.000Z', 'exercises')").run();
    old.close();
    const db = openDatabase(file);
    expect(completedWeeks(db).get(1)).toBe('2026-11-02T10:00:00.000Z');
    markWeekComplete(db, 7, 'review');
    expect(db.prepare('SELECT source FROM week_progress WHERE week = 7').pluck().get()).toBe('review');
    db.close();
  });
});

describe('weeksPassed', () => {
  const stages = [
    { id: 'a', week: 7 },
    { id: 'b', week: 8 },
    { id: 'c', week: 7 },
  ];
  const outcome = (id: string, passed: boolean) => ({ id, passed }) as StageOutcome;
  it('names the weeks whose every stage passed, ignoring order', () => {
    expect(weeksPassed(stages, [outcome('a', true), outcome('b', true), outcome('c', true)])).toEqual([7, 8]);
    expect(weeksPassed(stages, [outcome('a', true), outcome('b', true), outcome('c', false)])).toEqual([8]);
    expect(weeksPassed(stages, [outcome('a', true)])).toEqual([]); // stages that did not run are not passed
  });
});
