import { immediate, nowIso, type Db } from './db.js';

export function recordLessonView(db: Db, week: number, at = nowIso()): void {
  immediate(db, () => {
    db.prepare(
      `INSERT INTO lesson_views (week, first_viewed_at, last_viewed_at) VALUES (?, ?, ?)
       ON CONFLICT (week) DO UPDATE SET last_viewed_at = excluded.last_viewed_at`,
    ).run(week, at, at);
  });
}

export function viewedLessons(db: Db): Set<number> {
  return new Set(db.prepare('SELECT week FROM lesson_views').pluck().all() as number[]);
}
