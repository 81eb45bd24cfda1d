import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { LoadedWeek } from '../../src/curriculum/load.js';
import type { QuizQuestion } from '../../src/curriculum/schema.js';
import { MONTH_QUIZ_SIZE, monthQuiz, weekQuiz } from '../../src/exercises/quiz-deck.js';
import { answerIndexes, parseAnswers, scoreQuiz } from '../../src/exercises/quiz.js';

const choice = (text: string): { text: string; why: string } => ({ text, why: `Because ${text} is what it is.` });
const question = (text: string, answer: number, track?: 'node' | 'python'): QuizQuestion => ({
  question: text,
  choices: ['one', 'two', 'three', 'four'].map(choice),
  answer,
  ...(track ? { track } : {}),
});

function week(n: number, quiz: QuizQuestion[], month = 1): LoadedWeek {
  return { week: n, month, monthTitle: `Month ${month} title`, title: `Week ${n}`, quiz, dir: '' } as unknown as LoadedWeek;
}

const week3 = week(3, [question('Which one is a string?', 1), question('Node only question?', 0, 'node'), question('Python only question?', 2, 'python'), question('Which is nothing?', 3)]);

describe('weekQuiz', () => {
  it("keeps the learner's track, written order, stable keys and the right answer's id", () => {
    const quiz = weekQuiz(week3, 'node', 'learner-1');
    expect(quiz.questions.map((q) => [q.key, q.answer])).toEqual([['w03q1', 'b'], ['w03q2', 'a'], ['w03q4', 'd']]);
    expect(weekQuiz(week3, 'python', 'learner-1').questions.map((q) => q.key)).toEqual(['w03q1', 'w03q3', 'w03q4']);
  });

  it('shows every choice once, in an order fixed per learner and question that differs between learners', () => {
    const orders = (learner: string): string[] => weekQuiz(week3, 'node', learner).questions.map((q) => q.choices.map((c) => c.id).join(''));
    expect(orders('learner-1')).toEqual(orders('learner-1'));
    for (const order of orders('learner-1')) expect([...order].sort().join('')).toBe('abcd');
    const learners = Array.from({ length: 20 }, (_, i) => `learner-${i}`);
    expect(new Set(learners.map((l) => orders(l).join('|'))).size).toBeGreaterThan(10);
  });

  it('puts the right answer in every position about as often', () => {
    const positions = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      const q = weekQuiz(week3, 'node', `learner-${i}`).questions[0]!;
      positions[q.choices.findIndex((c) => c.id === q.answer)]! += 1;
    }
    for (const n of positions) expect(n).toBeGreaterThan(60);
  });
});

describe('monthQuiz', () => {
  const many = (n: number, month: number): LoadedWeek =>
    week(n, Array.from({ length: 6 }, (_, i) => question(`Week ${n} question ${i + 1}?`, i % 4, i === 5 ? 'python' : undefined)), month);
  const weeks = [many(1, 1), many(2, 1), many(3, 1), many(4, 1), many(5, 2)];

  it("draws MONTH_QUIZ_SIZE questions from every week of the month only, in week order, the learner's track only", () => {
    const quiz = monthQuiz(1, weeks, 'node', 'learner-1');
    expect(quiz).toMatchObject({ kind: 'month', number: 1, title: 'Month 1 title' });
    expect(quiz.questions).toHaveLength(MONTH_QUIZ_SIZE);
    const perWeek = [1, 2, 3, 4].map((w) => quiz.questions.filter((q) => q.week === w).length);
    expect(perWeek.every((n) => n >= 2 && n <= 3)).toBe(true);
    expect(quiz.questions.map((q) => q.week)).toEqual([...quiz.questions.map((q) => q.week)].sort((a, b) => a - b));
    expect(quiz.questions.some((q) => q.key.endsWith('q6'))).toBe(false);
  });

  it('is the same pick for one learner every time and another pick for others', () => {
    const keys = (learner: string): string => monthQuiz(1, weeks, 'node', learner).questions.map((q) => q.key).join(',');
    expect(keys('learner-1')).toBe(keys('learner-1'));
    expect(new Set(Array.from({ length: 10 }, (_, i) => keys(`learner-${i}`))).size).toBeGreaterThan(1);
  });

  it('asks fewer questions when the month has fewer', () => {
    expect(monthQuiz(2, weeks, 'node', 'learner-1').questions).toHaveLength(5);
  });
});

describe('parseAnswers', () => {
  const questions = weekQuiz(week3, 'node', 'learner-1').questions;

  it('reads one choice id per question, any case, spaces allowed; a 0-based number is the same id', () => {
    expect(parseAnswers('b, A,d', questions)).toEqual(['b', 'a', 'd']);
    expect(parseAnswers('1,0,3', questions)).toEqual(['b', 'a', 'd']);
  });

  it('refuses a wrong count, naming how many are needed', () => {
    expect(() => parseAnswers('b,a', questions)).toThrow(/needs 3 answers/);
  });

  it('refuses unknown ids and out-of-range numbers as usage errors naming the question', () => {
    for (const [text, pattern] of [
      ['b,e,a', /answer 2 is "e", but question 2 takes a choice id a-d/],
      ['b,a,4', /answer 3/],
      ['-1,a,a', /answer 1/],
    ] as const) {
      let error: unknown;
      try {
        parseAnswers(text, questions);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toMatch(pattern);
    }
  });
});

describe('scoreQuiz', () => {
  it('counts correct answers and keeps what was chosen with the choices as shown', () => {
    const quiz = weekQuiz(week3, 'node', 'learner-1');
    const outcome = scoreQuiz(quiz, ['b', 'b', 'd']);
    expect(outcome).toMatchObject({ kind: 'week', number: 3, title: 'Week 3', score: 2, total: 3 });
    expect(outcome.questions[1]).toMatchObject({ number: 2, key: 'w03q2', chosen: 'b', answer: 'a', correct: false });
    expect(outcome.questions[1]!.choices).toEqual(quiz.questions[1]!.choices);
    expect(answerIndexes(['b', 'b', 'd'])).toEqual([1, 1, 3]);
  });
});
