import { localDay } from '../core/dates.js';
import type { Db } from './db.js';

/**
 * Every local day on which the learner did something: a check-in (`checkinDays`: the keys of
 * hoursByDay, which has just read them), an exercise attempt, a quiz, a finished week.
 */
export function activityDays(db: Db, checkinDays: Iterable<string>): Set<string> {
  const days = new Set(checkinDays);
  // UNION ALL: the Set drops repeated days anyway, so SQLite need not sort every stamp to drop repeats first
  const stamps = db
    .prepare(
      `SELECT created_at FROM exercise_attempts
       UNION ALL SELECT created_at FROM quiz_results
       UNION ALL SELECT completed_at FROM week_progress WHERE completed_at IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  for (const stamp of stamps) days.add(localDay(new Date(stamp)));
  return days;
}

export function hoursLogged(db: Db): number {
  return (db.prepare('SELECT COALESCE(SUM(hours), 0) FROM checkins').pluck().get() as number) ?? 0;
}

/** week → best quiz score ratio (0..1); month review quizzes are not a week's */
export function bestQuizScores(db: Db): Map<number, number> {
  const rows = db.prepare('SELECT week, MAX(CAST(score AS REAL) / total) AS best FROM quiz_results WHERE week IS NOT NULL AND total > 0 GROUP BY week').all() as {
    week: number;
    best: number;
  }[];
  return new Map(rows.map((r) => [r.week, r.best]));
}

/** Hours logged per local day (summed over that day's check-ins): what the pace forecast reads. */
export function hoursByDay(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT day, SUM(hours) AS hours FROM checkins GROUP BY day').all() as { day: string; hours: number }[];
  return new Map(rows.map((r) => [r.day, r.hours]));
}

/** The months whose review quiz was taken at least once. */
export function monthQuizzesTaken(db: Db): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT month FROM quiz_results WHERE month IS NOT NULL').pluck().all() as number[]);
}
