import { usageError } from '../core/errors.js';
import { CHOICE_IDS, type Quiz, type ShownChoice, type ShownQuestion } from './quiz-deck.js';

export interface QuestionOutcome {
  number: number;
  key: string;
  week: number;
  question: string;
  code?: string;
  /** in the order the learner saw them */
  choices: ShownChoice[];
  /** choice ids */
  chosen: string;
  answer: string;
  correct: boolean;
}

export interface QuizOutcome {
  kind: Quiz['kind'];
  number: number;
  title: string;
  score: number;
  total: number;
  questions: QuestionOutcome[];
}

function idRange(q: ShownQuestion): string {
  return `${CHOICE_IDS[0]}-${CHOICE_IDS[q.choices.length - 1]}`;
}

/**
 * `--answers b,a,d`: one choice id per question, in order. Ids name a choice whatever order it is
 * shown in (`quiz --questions --json` lists them). A 0-based number is the older spelling of the
 * same id (0 = a), so scripts written before the shuffle keep working.
 */
export function parseAnswers(text: string, questions: ShownQuestion[]): string[] {
  const parts = text.split(',').map((p) => p.trim().toLowerCase());
  if (parts.length !== questions.length) {
    throw usageError(
      `--answers needs ${questions.length} answers (one choice id per question, comma-separated), got ${parts.length}`,
      `Example: --answers ${questions.map((q) => q.choices[0]!.id).join(',')}  (see the ids with --questions --json)`,
    );
  }
  return parts.map((p, i) => {
    const q = questions[i]!;
    const id = /^\d+$/.test(p) ? CHOICE_IDS[Number(p)] : p;
    if (id === undefined || !q.choices.some((c) => c.id === id)) {
      throw usageError(`--answers: answer ${i + 1} is ${JSON.stringify(p)}, but question ${i + 1} takes a choice id ${idRange(q)}`);
    }
    return id;
  });
}

/** One answered question: what was shown, what was chosen, and whether it was right. */
export function judge(q: ShownQuestion, chosen: string, number: number): QuestionOutcome {
  return {
    number,
    key: q.key,
    week: q.week,
    question: q.question,
    ...(q.code === undefined ? {} : { code: q.code }),
    choices: q.choices,
    chosen,
    answer: q.answer,
    correct: chosen === q.answer,
  };
}

export function scoreQuiz(quiz: Quiz, answers: string[]): QuizOutcome {
  const questions = quiz.questions.map((q, i) => judge(q, answers[i]!, i + 1));
  return {
    kind: quiz.kind,
    number: quiz.number,
    title: quiz.title,
    score: questions.filter((o) => o.correct).length,
    total: questions.length,
    questions,
  };
}

/** Stored form of an answer: the choice's written position (a = 0), as the progress database always kept it. */
export function answerIndexes(answers: string[]): number[] {
  return answers.map((id) => CHOICE_IDS.indexOf(id));
}
