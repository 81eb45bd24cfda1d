import { immediate, nowIso, type Db } from './db.js';

export type CompletionSource = 'manual' | 'exercises' | 'import' | 'review';

/** week number → completion time (ISO) */
export function completedWeeks(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT week, completed_at FROM week_progress WHERE completed_at IS NOT NULL').all() as {
    week: number;
    completed_at: string;
  }[];
  return new Map(rows.map((r) => [r.week, r.completed_at]));
}

export function markWeekComplete(db: Db, week: number, source: CompletionSource, at = nowIso()): void {
  immediate(db, () => {
    db.prepare(
      `INSERT INTO week_progress (week, completed_at, source) VALUES (?, ?, ?)
       ON CONFLICT (week) DO UPDATE SET completed_at = COALESCE(week_progress.completed_at, excluded.completed_at),
         source = CASE WHEN week_progress.completed_at IS NULL THEN excluded.source ELSE week_progress.source END`,
    ).run(week, at, source);
  });
}

export function markWeekIncomplete(db: Db, week: number): void {
  immediate(db, () => {
    db.prepare('UPDATE week_progress SET completed_at = NULL WHERE week = ?').run(week);
  });
}
