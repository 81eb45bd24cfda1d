import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { parseAnswers, scoreQuiz } from '../../src/exercises/quiz.js';

const questions = [
  { question: 'Which one is a string?', choices: ['1', '"1"', 'true'], answer: 1, explanation: 'Quotes make a string literal.' },
  { question: 'Which one is a boolean?', choices: ['false', 'null'], answer: 0, explanation: 'false is one of two booleans.' },
  { question: 'Which one is nothing?', choices: ['0', '""', 'null', 'NaN'], answer: 2, explanation: 'null means no value at all.' },
];

describe('parseAnswers', () => {
  it('reads one 0-based index per question, spaces allowed', () => {
    expect(parseAnswers('1, 0,2', questions)).toEqual([1, 0, 2]);
  });

  it('refuses a wrong count, naming how many are needed', () => {
    expect(() => parseAnswers('1,0', questions)).toThrow(/needs 3 answers/);
  });

  it('refuses out-of-range and non-numeric answers as usage errors naming the question', () => {
    for (const [text, pattern] of [
      ['1,2,0', /answer 2 is "2", but question 2 takes a choice from 0 to 1/],
      ['1,0,-1', /answer 3/],
      ['a,0,0', /answer 1/],
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
  it('counts correct answers and keeps what was chosen for the explanation', () => {
    const outcome = scoreQuiz(3, questions, [1, 1, 2]);
    expect(outcome).toMatchObject({ week: 3, score: 2, total: 3 });
    expect(outcome.questions[1]).toMatchObject({ number: 2, chosen: 1, answer: 0, correct: false, explanation: 'false is one of two booleans.' });
  });
});
