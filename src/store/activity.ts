import type { Db } from './db.js';

/** The learner's days with any activity, and the check-in hours of each (0 on days without). */
export interface Activity {
  days: string[];
  hoursByDay: Map<string, number>;
}

/**
 * Every local day on which the learner did something (a check-in, an exercise attempt, a quiz, a
 * finished week) with its check-in hours: one row per day, from the running totals migration 006
 * keeps, however long the history.
 */
export function activity(db: Db): Activity {
  const rows = db.prepare('SELECT day, hours FROM activity_days WHERE events > 0').raw().all() as [string, number][];
  return { days: rows.map(([day]) => day), hoursByDay: new Map(rows) };
}

/** Check-in hours over the whole history. */
export function hoursLogged(db: Db): number {
  return db.prepare('SELECT TOTAL(hours) FROM activity_days').pluck().get() as number;
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
