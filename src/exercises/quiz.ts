import { usageError } from '../core/errors.js';
import type { QuizQuestion } from '../curriculum/schema.js';

export interface QuestionOutcome {
  number: number;
  question: string;
  choices: string[];
  chosen: number;
  answer: number;
  correct: boolean;
  explanation: string;
}

export interface QuizOutcome {
  week: number;
  score: number;
  total: number;
  questions: QuestionOutcome[];
}

/**
 * `--answers 1,0,2`: one 0-based choice index per question, in order. Anything else is a usage
 * error that says which answer is wrong and what the valid range is.
 */
export function parseAnswers(text: string, questions: QuizQuestion[]): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== questions.length) {
    throw usageError(
      `--answers needs ${questions.length} answers (one per question, comma-separated), got ${parts.length}`,
      `Example: --answers ${questions.map(() => 0).join(',')}`,
    );
  }
  return parts.map((p, i) => {
    const last = questions[i]!.choices.length - 1;
    if (!/^\d+$/.test(p) || Number(p) > last) {
      throw usageError(`--answers: answer ${i + 1} is ${JSON.stringify(p)}, but question ${i + 1} takes a choice from 0 to ${last}`);
    }
    return Number(p);
  });
}

export function scoreQuiz(week: number, questions: QuizQuestion[], answers: number[]): QuizOutcome {
  const outcomes = questions.map((q, i) => ({
    number: i + 1,
    question: q.question,
    choices: q.choices,
    chosen: answers[i]!,
    answer: q.answer,
    correct: answers[i] === q.answer,
    explanation: q.explanation,
  }));
  return { week, score: outcomes.filter((o) => o.correct).length, total: questions.length, questions: outcomes };
}
