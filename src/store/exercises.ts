import { immediate, nowIso, type Db } from './db.js';
import { newUid } from './uid.js';

export interface AttemptInput {
  exerciseId: string;
  passed: boolean;
  durationMs: number;
  /** one line, e.g. "3/8 cases passed" or the first line of an error */
  summary: string;
}

export interface Attempt extends AttemptInput {
  uid: string;
  createdAt: string;
}

/** What the learner has done with one exercise; absent rows mean "never touched". */
export interface ExerciseState {
  exerciseId: string;
  hintsShown: number;
  startedAt?: string;
  passedAt?: string;
  attempts: number;
  lastAttemptAt?: string;
}

interface StateRow {
  exercise_id: string;
  hints_shown: number | null;
  started_at: string | null;
  passed_at: string | null;
  attempts: number;
  last_attempt_at: string | null;
}

interface AttemptRow {
  uid: string;
  exercise_id: string;
  created_at: string;
  passed: number;
  duration_ms: number;
  summary: string;
}

// Attempt counts are kept in exercise_state by a trigger on exercise_attempts (migration 006).
const STATE_SQL = 'SELECT exercise_id, hints_shown, started_at, passed_at, attempts, last_attempt_at FROM exercise_state';

const toState = (r: StateRow): ExerciseState => ({
  exerciseId: r.exercise_id,
  hintsShown: r.hints_shown ?? 0,
  ...(r.started_at ? { startedAt: r.started_at } : {}),
  ...(r.passed_at ? { passedAt: r.passed_at } : {}),
  attempts: r.attempts,
  ...(r.last_attempt_at ? { lastAttemptAt: r.last_attempt_at } : {}),
});

/** exercise id → state, for every exercise the learner has touched. */
export function exerciseStates(db: Db): Map<string, ExerciseState> {
  const rows = db.prepare(STATE_SQL).all() as StateRow[];
  return new Map(rows.map((r) => [r.exercise_id, toState(r)]));
}

export function exerciseState(db: Db, exerciseId: string): ExerciseState {
  const row = db.prepare(`${STATE_SQL} WHERE exercise_id = ?`).get(exerciseId) as StateRow | undefined;
  return row ? toState(row) : { exerciseId, hintsShown: 0, attempts: 0 };
}

const ENSURE_ROW = 'INSERT INTO exercise_state (exercise_id) VALUES (?) ON CONFLICT (exercise_id) DO NOTHING';

export function markStarted(db: Db, exerciseId: string, at = nowIso()): void {
  immediate(db, () => {
    db.prepare(ENSURE_ROW).run(exerciseId);
    db.prepare('UPDATE exercise_state SET started_at = COALESCE(started_at, ?) WHERE exercise_id = ?').run(at, exerciseId);
  });
}

/**
 * Stores one verify run; a pass also sets passed_at (first pass wins, later failures never undo it:
 * progress is what the learner has achieved, not the state of the file today).
 */
export function recordAttempt(db: Db, input: AttemptInput, at = nowIso()): Attempt {
  return prepareAttempt(db, input.exerciseId)(input, at);
}

/** Records one verify run of the exercise it was prepared for (see prepareAttempt). */
export type AttemptRecorder = (result: Omit<AttemptInput, 'exerciseId'>, at?: string) => Attempt;

/**
 * recordAttempt in two steps, so that a verify can do the first while its check runs: the statements
 * compiled (the triggers with them), the row's uid drawn and the C library's time zone read (the
 * trigger's 'localtime' loads it once per process). What is left for after the check is one commit.
 */
export function prepareAttempt(db: Db, exerciseId: string): AttemptRecorder {
  const uid = newUid(db);
  const insert = db.prepare(
    `INSERT INTO exercise_attempts (uid, exercise_id, created_at, passed, duration_ms, summary)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const ensureRow = db.prepare(ENSURE_ROW);
  const markPassed = db.prepare('UPDATE exercise_state SET passed_at = COALESCE(passed_at, ?) WHERE exercise_id = ?');
  db.prepare("SELECT date('now', 'localtime')").get();
  return (result, at = nowIso()) => {
    const attempt: Attempt = { ...result, exerciseId, uid, createdAt: at };
    immediate(db, () => {
      insert.run(uid, exerciseId, at, attempt.passed ? 1 : 0, Math.round(attempt.durationMs), attempt.summary);
      ensureRow.run(exerciseId);
      if (attempt.passed) markPassed.run(at, exerciseId);
    });
    return attempt;
  };
}

/** Sets hints_shown to `expression` (of hints_shown and `value`); returns how many are shown now. */
function updateHintsShown(db: Db, exerciseId: string, expression: string, value: number): number {
  return immediate(db, () => {
    db.prepare(ENSURE_ROW).run(exerciseId);
    db.prepare(`UPDATE exercise_state SET hints_shown = ${expression} WHERE exercise_id = ?`).run(value, exerciseId);
    return db.prepare('SELECT hints_shown FROM exercise_state WHERE exercise_id = ?').pluck().get(exerciseId) as number;
  });
}

/** Reveals one more hint (capped at `total`); returns how many are shown now. */
export function revealHint(db: Db, exerciseId: string, total: number): number {
  return updateHintsShown(db, exerciseId, 'MIN(hints_shown + 1, ?)', total);
}

/** Attempts, oldest first; all exercises when no id is given. */
export function listAttempts(db: Db, exerciseId?: string): Attempt[] {
  const rows = (
    exerciseId === undefined
      ? db.prepare('SELECT * FROM exercise_attempts ORDER BY created_at, id').all()
      : db.prepare('SELECT * FROM exercise_attempts WHERE exercise_id = ? ORDER BY created_at, id').all(exerciseId)
  ) as AttemptRow[];
  return rows.map((r) => ({
    uid: r.uid,
    exerciseId: r.exercise_id,
    createdAt: r.created_at,
    passed: r.passed === 1,
    durationMs: r.duration_ms,
    summary: r.summary,
  }));
}

/** Marks at least `count` hints as shown (never fewer than before); returns how many are shown now. */
export function showHintsAtLeast(db: Db, exerciseId: string, count: number): number {
  return updateHintsShown(db, exerciseId, 'MAX(hints_shown, ?)', count);
}
