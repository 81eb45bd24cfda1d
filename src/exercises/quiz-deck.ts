import { createHash } from 'node:crypto';
import type { LoadedWeek } from '../curriculum/load.js';
import type { QuizQuestion, Track } from '../curriculum/schema.js';

/** A choice's id is its letter in the order the curriculum writes it: stable, whatever order it is shown in. */
export const CHOICE_IDS = 'abcdef';
/** Questions in a month's review quiz, drawn evenly from the month's weeks. */
export const MONTH_QUIZ_SIZE = 10;

export interface ShownChoice {
  id: string;
  text: string;
  why: string;
}

export interface ShownQuestion {
  /** stable across learners and runs: `w03q2` is week 3's second question as written */
  key: string;
  week: number;
  question: string;
  code?: string;
  /** in the order this learner sees them */
  choices: ShownChoice[];
  /** id of the right choice */
  answer: string;
}

export interface Quiz {
  kind: 'week' | 'month';
  /** the week or the month number */
  number: number;
  title: string;
  questions: ShownQuestion[];
}

/** A deterministic rank: the same learner, question and item always sort the same way, different learners differently. */
function rank(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

function seededShuffle<T>(items: T[], keyOf: (item: T) => string, ...seed: (string | number)[]): T[] {
  return items
    .map((item) => ({ item, r: rank(...seed, keyOf(item)) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .map((x) => x.item);
}

interface KeyedQuestion {
  key: string;
  week: number;
  q: QuizQuestion;
}

/** The week's questions a learner of this track sees, each with its stable key. */
function trackQuestions(week: LoadedWeek, track: Track): KeyedQuestion[] {
  return week.quiz
    .map((q, i) => ({ key: `w${String(week.week).padStart(2, '0')}q${i + 1}`, week: week.week, q }))
    .filter(({ q }) => q.track === undefined || q.track === track);
}

function show({ key, week, q }: KeyedQuestion, learner: string): ShownQuestion {
  const choices = q.choices.map((c, i) => ({ id: CHOICE_IDS[i]!, text: c.text, why: c.why }));
  return {
    key,
    week,
    question: q.question,
    ...(q.code === undefined ? {} : { code: q.code }),
    choices: seededShuffle(choices, (c) => c.id, learner, key),
    answer: CHOICE_IDS[q.answer]!,
  };
}

/** A week's quiz for one learner: their track's questions in the written order, choices shuffled per learner and question. */
export function weekQuiz(week: LoadedWeek, track: Track, learner: string): Quiz {
  return { kind: 'week', number: week.week, title: week.title, questions: trackQuestions(week, track).map((k) => show(k, learner)) };
}

/**
 * The review quiz closing month N: MONTH_QUIZ_SIZE questions taken in turn from each of the month's
 * weeks (a seeded pick per learner, so a script's answers stay valid), asked in week order.
 */
export function monthQuiz(month: number, weeks: LoadedWeek[], track: Track, learner: string): Quiz {
  const ofMonth = weeks.filter((w) => w.month === month).sort((a, b) => a.week - b.week);
  const pools = ofMonth.map((w) => seededShuffle(trackQuestions(w, track), (k) => k.key, learner, `month-${month}`));
  const picked: KeyedQuestion[] = [];
  for (let round = 0; picked.length < MONTH_QUIZ_SIZE && pools.some((p) => p.length > round); round++) {
    for (const pool of pools) if (pool[round] && picked.length < MONTH_QUIZ_SIZE) picked.push(pool[round]!);
  }
  const order = (k: KeyedQuestion): number => k.week * 100 + Number(k.key.slice(4));
  picked.sort((a, b) => order(a) - order(b));
  return { kind: 'month', number: month, title: ofMonth[0]?.monthTitle ?? `Month ${month}`, questions: picked.map((k) => show(k, learner)) };
}

/** What `quiz --questions` shows: the questions and choice ids in the learner's order, without answers or explanations. */
export function withoutAnswers(quiz: Quiz): unknown {
  return {
    ...quiz,
    questions: quiz.questions.map(({ answer: _answer, choices, ...q }) => ({ ...q, choices: choices.map(({ id, text }) => ({ id, text })) })),
  };
}
