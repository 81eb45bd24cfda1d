import { immediate, nowIso, type Db } from './db.js';
import { newUid } from './uid.js';

/** Which quiz a result belongs to: a week's, or the review quiz closing a month. */
export type QuizRef = { week: number; month: null } | { week: null; month: number };

export type QuizResultInput = QuizRef & {
  score: number;
  total: number;
  /** chosen choice per question: its written position, 0-based (choice id a = 0) */
  answers: number[];
};

export type QuizResult = QuizResultInput & {
  uid: string;
  createdAt: string;
};

interface QuizRow {
  uid: string;
  week: number | null;
  month: number | null;
  created_at: string;
  score: number;
  total: number;
  answers: string;
}

export function addQuizResult(db: Db, input: QuizResultInput, at = nowIso()): QuizResult {
  const result: QuizResult = { ...input, uid: newUid(db), createdAt: at };
  immediate(db, () => {
    db.prepare('INSERT INTO quiz_results (uid, week, month, created_at, score, total, answers) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      result.uid,
      result.week,
      result.month,
      at,
      result.score,
      result.total,
      JSON.stringify(result.answers),
    );
  });
  return result;
}

/** Results oldest first: all of them, or one week's or one month's review quiz's. */
export function listQuizResults(db: Db, only?: Partial<QuizRef>): QuizResult[] {
  const where = only?.week != null ? ' WHERE week = ?' : only?.month != null ? ' WHERE month = ?' : '';
  const params = only?.week ?? only?.month;
  const rows = db.prepare(`SELECT * FROM quiz_results${where} ORDER BY created_at, id`).all(...(where ? [params] : [])) as QuizRow[];
  return rows.map((r) => ({
    uid: r.uid,
    ...(r.week === null ? { week: null, month: r.month! } : { week: r.week, month: null }),
    createdAt: r.created_at,
    score: r.score,
    total: r.total,
    answers: JSON.parse(r.answers) as number[],
  }));
}
