import type { Command } from 'commander';
import { usageError } from '../core/errors.js';
import { TOTAL_WEEKS } from '../core/pace.js';
import { parseWeekNumber } from '../core/week-number.js';
import type { Quiz } from '../exercises/quiz-deck.js';

interface QuizOptions {
  answers?: string;
  json?: boolean;
  month?: string;
  questions?: boolean;
}

const MONTHS = 4;

function parseMonth(text: string): number {
  if (!/^[1-4]$/.test(text.trim())) throw usageError(`--month must be a number from 1 to ${MONTHS}, got ${JSON.stringify(text)}`);
  return Number(text);
}

/** Asks each question in turn and says right away whether, and why, the answer is right. */
async function ask(quiz: Quiz): Promise<string[]> {
  const [{ assertCanPrompt, prompts }, { printAnswerFeedback, questionPrompt }, { judge }] = await Promise.all([
    import('../ui/prompts.js'),
    import('../ui/quiz-view.js'),
    import('../exercises/quiz.js'),
  ]);
  assertCanPrompt(['--answers']);
  const { select } = await prompts();
  const answers: string[] = [];
  for (const [i, q] of quiz.questions.entries()) {
    const chosen = await select({
      message: questionPrompt(q, i, quiz.questions.length),
      choices: q.choices.map((ch) => ({ name: ch.text, value: ch.id })),
    });
    answers.push(chosen);
    printAnswerFeedback(judge(q, chosen, i + 1));
  }
  return answers;
}

async function runQuiz(weekArg: string | undefined, opts: QuizOptions): Promise<void> {
  const explicitWeek = weekArg === undefined ? undefined : parseWeekNumber(weekArg);
  const month = opts.month === undefined ? undefined : parseMonth(opts.month);
  if (explicitWeek !== undefined && month !== undefined) throw usageError('Give a week or --month, not both');
  const [{ openWithProfile }, { addQuizResult, listQuizResults }] = await Promise.all([
    import('../store/profile.js'),
    import('../store/quizzes.js'),
  ]);
  const { db, profile } = await openWithProfile();
  const { printJson } = await import('../ui/output.js');
  // --json alone reads history (all, one week's or one month's); with --answers it reports this attempt.
  if (opts.json && opts.answers === undefined && !opts.questions) {
    return printJson(listQuizResults(db, month !== undefined ? { month } : explicitWeek !== undefined ? { week: explicitWeek } : undefined));
  }

  const [load, deck, { answerIndexes, parseAnswers, scoreQuiz }] = await Promise.all([
    import('../curriculum/load.js'),
    import('../exercises/quiz-deck.js'),
    import('../exercises/quiz.js'),
  ]);
  const learner = profile.quizSeed;
  let quiz: Quiz;
  if (month !== undefined) quiz = deck.monthQuiz(month, load.loadWeeks(), profile.track, learner);
  else {
    let week = explicitWeek;
    if (week === undefined) {
      const [{ completedWeeks }, { currentWeek }] = await Promise.all([import('../store/weeks.js'), import('../core/pace.js')]);
      week = currentWeek(new Set(completedWeeks(db).keys()));
    }
    quiz = deck.weekQuiz(load.loadWeek(week), profile.track, learner);
  }
  const view = await import('../ui/quiz-view.js');
  if (opts.questions) return opts.json ? printJson(deck.withoutAnswers(quiz)) : view.printQuizQuestions(quiz);

  const interactive = opts.answers === undefined;
  const answers = interactive ? await ask(quiz) : parseAnswers(opts.answers!, quiz.questions);
  const outcome = scoreQuiz(quiz, answers);
  const ref = quiz.kind === 'month' ? { week: null, month: quiz.number } : { week: quiz.number, month: null };
  const stored = addQuizResult(db, { ...ref, score: outcome.score, total: outcome.total, answers: answerIndexes(answers) });
  if (opts.json) return printJson({ ...stored, title: quiz.title, questions: outcome.questions });
  view.printQuizOutcome(outcome, { feedbackShown: interactive });
}

export function registerQuiz(program: Command): void {
  program
    .command('quiz')
    .argument('[week]', `week 1-${TOTAL_WEEKS} (default: your current week)`)
    .description("a short multiple-choice quiz on a week's lesson, or a month's review quiz; your score is kept")
    .option('--month <n>', `the review quiz closing month 1-${MONTHS}: questions drawn from all its weeks`)
    .option('--questions', 'print the questions and their choice ids without answering (with --json: as JSON)')
    .option('--answers <ids>', 'answer without prompts: one choice id per question, e.g. b,a,d,c (0-based numbers also work: 0 = a)')
    .option('--json', 'print your quiz history as JSON (with --answers: this attempt; with --questions: the quiz)')
    .addHelpText(
      'after',
      [
        '',
        'Choices are shown in an order of their own for each learner and question; their ids (a, b, c, d)',
        'never change, so a script can read them with --questions --json and answer with --answers.',
        '',
        'Examples:',
        '  $ backend-roadmap quiz',
        '  $ backend-roadmap quiz 3',
        '  $ backend-roadmap quiz 3 --questions --json',
        '  $ backend-roadmap quiz 3 --answers b,a,d,c,a',
        '  $ backend-roadmap quiz --month 1',
        '  $ backend-roadmap quiz --json',
      ].join('\n'),
    )
    .action(runQuiz);
}
