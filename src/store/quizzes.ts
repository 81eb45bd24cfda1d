import { randomUUID } from 'node:crypto';
import { immediate, nowIso, type Db } from './db.js';

export interface QuizResultInput {
  week: number;
  score: number;
  total: number;
  /** chosen choice index per question, 0-based */
  answers: number[];
}

export interface QuizResult extends QuizResultInput {
  uid: string;
  createdAt: string;
}

interface QuizRow {
  uid: string;
  week: number;
  created_at: string;
  score: number;
  total: number;
  answers: string;
}

export function addQuizResult(db: Db, input: QuizResultInput, at = nowIso()): QuizResult {
  const result: QuizResult = { ...input, uid: randomUUID(), createdAt: at };
  immediate(db, () => {
    db.prepare('INSERT INTO quiz_results (uid, week, created_at, score, total, answers) VALUES (?, ?, ?, ?, ?, ?)').run(
      result.uid,
      result.week,
      at,
      result.score,
      result.total,
      JSON.stringify(result.answers),
    );
  });
  return result;
}

/** Results oldest first; one week's only when `week` is given. */
export function listQuizResults(db: Db, week?: number): QuizResult[] {
  const rows = (
    week === undefined
      ? db.prepare('SELECT * FROM quiz_results ORDER BY created_at, id').all()
      : db.prepare('SELECT * FROM quiz_results WHERE week = ? ORDER BY created_at, id').all(week)
  ) as QuizRow[];
  return rows.map((r) => ({
    uid: r.uid,
    week: r.week,
    createdAt: r.created_at,
    score: r.score,
    total: r.total,
    answers: JSON.parse(r.answers) as number[],
  }));
}
