import { describe, expect, it } from 'vitest';
import { loadWeeks } from '../../src/curriculum/load.js';
import type { QuizQuestion, Track } from '../../src/curriculum/schema.js';
import { TRACKS } from '../../src/curriculum/tracks.js';
import { monthQuiz, weekQuiz } from '../../src/exercises/quiz-deck.js';

const weeks = loadWeeks();
const questions = weeks.flatMap((w) => w.quiz.map((q, i) => ({ where: `week ${w.week} question ${i + 1}`, q })));

/** 1 when the right choice is the only longest, 1/k when it ties with k-1 others, 0 otherwise. */
function longestShare(q: QuizQuestion): number {
  const lengths = q.choices.map((c) => c.text.trim().length);
  const max = Math.max(...lengths);
  return lengths[q.answer] === max ? 1 / lengths.filter((l) => l === max).length : 0;
}

/** The same count for the shortest choice: a skimmer must not learn "pick the shortest" either. */
function shortestShare(q: QuizQuestion): number {
  const lengths = q.choices.map((c) => c.text.trim().length);
  const min = Math.min(...lengths);
  return lengths[q.answer] === min ? 1 / lengths.filter((l) => l === min).length : 0;
}

/** Reads code: a snippet to read, or choices that are all code ("which query is safe?"). */
const readsCode = (q: QuizQuestion): boolean => q.code !== undefined || q.choices.every((c) => c.text.trim().startsWith('`'));
const seenBy = (q: QuizQuestion, track: Track): boolean => q.track === undefined || q.track === track;

describe('curriculum quizzes', () => {
  it('give every question exactly 4 choices, each with its own explanation', () => {
    const wrong = questions.filter(({ q }) => q.choices.length !== 4).map(({ where, q }) => `${where}: ${q.choices.length} choices`);
    expect(wrong).toEqual([]);
    const repeated = questions.filter(({ q }) => new Set(q.choices.map((c) => c.why.trim())).size !== q.choices.length).map(({ where }) => where);
    expect(repeated).toEqual([]);
  });

  it('do not make the right answer the longest (or the shortest) choice in more than 40% of questions', () => {
    const share = questions.reduce((n, { q }) => n + longestShare(q), 0) / questions.length;
    expect(share).toBeLessThanOrEqual(0.4);
    const shortest = questions.reduce((n, { q }) => n + shortestShare(q), 0) / questions.length;
    expect(shortest).toBeLessThanOrEqual(0.4);
  });

  it('ask each track about 5 questions a week, with a code-reading question in every week from 1 to 12', () => {
    for (const track of TRACKS) {
      for (const w of weeks) {
        const seen = w.quiz.filter((q) => seenBy(q, track));
        expect(seen.length, `week ${w.week}, ${track}`).toBeGreaterThanOrEqual(4);
        expect(seen.length, `week ${w.week}, ${track}`).toBeLessThanOrEqual(7);
        if (w.week <= 12) expect(seen.some(readsCode), `week ${w.week} has no code-reading question for ${track}`).toBe(true);
      }
    }
  });

  it('keep each track to its own language', () => {
    const python = /\bdef |\bprint\(|\bNone\b|\bimport \w+$|psycopg|fastapi|\.py\b/m;
    const node = /\bconst |\blet |console\.log|=>|\bnpm\b|\.js\b|require\(/;
    const text = (q: QuizQuestion): string => [q.question, q.code ?? '', ...q.choices.map((c) => c.text)].join('\n');
    expect(questions.filter(({ q }) => q.track === 'node' && python.test(text(q))).map(({ where }) => where)).toEqual([]);
    expect(questions.filter(({ q }) => q.track === 'python' && node.test(text(q))).map(({ where }) => where)).toEqual([]);
  });

  it('build a month review quiz of 8 to 10 questions for every month and track', () => {
    for (const track of TRACKS) {
      for (const month of [1, 2, 3, 4]) {
        const quiz = monthQuiz(month, weeks, track, 'any learner');
        expect(quiz.questions.length, `month ${month}, ${track}`).toBeGreaterThanOrEqual(8);
        expect(quiz.questions.length).toBeLessThanOrEqual(10);
        expect(new Set(quiz.questions.map((q) => q.week)).size).toBe(weeks.filter((w) => w.month === month).length);
      }
      for (const w of weeks) expect(weekQuiz(w, track, 'any learner').questions.every((q) => q.choices.length === 4)).toBe(true);
    }
  });
});
