import type { Command } from 'commander';
import { TOTAL_WEEKS } from '../core/pace.js';
import { parseWeekNumber } from '../core/week-number.js';

interface QuizOptions {
  answers?: string;
  json?: boolean;
}


async function ask(questions: import('../curriculum/schema.js').QuizQuestion[]): Promise<number[]> {
  const { assertCanPrompt, prompts } = await import('../ui/prompts.js');
  assertCanPrompt(['--answers']);
  const { select } = await prompts();
  const answers: number[] = [];
  for (const [i, q] of questions.entries()) {
    answers.push(
      await select({
        message: `${i + 1}/${questions.length}  ${q.question.trim()}`,
        choices: q.choices.map((name, value) => ({ name, value })),
      }),
    );
  }
  return answers;
}

async function runQuiz(weekArg: string | undefined, opts: QuizOptions): Promise<void> {
  const explicitWeek = weekArg === undefined ? undefined : parseWeekNumber(weekArg);
  const [{ openStore }, { requireProfile }, { addQuizResult, listQuizResults }] = await Promise.all([
    import('../store/open.js'),
    import('../store/profile.js'),
    import('../store/quizzes.js'),
  ]);
  const db = await openStore();
  const { track } = requireProfile(db);
  const { printJson } = await import('../ui/output.js');
  // --json alone reads history (all weeks, or the week given); with --answers it reports this attempt.
  if (opts.json && opts.answers === undefined) return printJson(listQuizResults(db, explicitWeek));

  let week = explicitWeek;
  if (week === undefined) {
    const [{ completedWeeks }, { currentWeek }] = await Promise.all([import('../store/weeks.js'), import('../core/pace.js')]);
    week = currentWeek(new Set(completedWeeks(db).keys()));
  }
  const [{ loadWeek }, { parseAnswers, scoreQuiz }] = await Promise.all([import('../curriculum/load.js'), import('../exercises/quiz.js')]);
  const data = loadWeek(week);
  const { quizForTrack } = await import('../curriculum/track-filter.js');
  const quiz = quizForTrack(data.quiz, track);
  const answers = opts.answers !== undefined ? parseAnswers(opts.answers, quiz) : await ask(quiz);
  const outcome = scoreQuiz(week, quiz, answers);
  const stored = addQuizResult(db, { week, score: outcome.score, total: outcome.total, answers });
  if (opts.json) return printJson({ ...stored, questions: outcome.questions });
  const { printQuizOutcome } = await import('../ui/quiz-view.js');
  printQuizOutcome(outcome, data.title);
}

export function registerQuiz(program: Command): void {
  program
    .command('quiz')
    .argument('[week]', `week 1-${TOTAL_WEEKS} (default: your current week)`)
    .description("a short multiple-choice quiz on a week's lesson; your score is kept")
    .option('--answers <list>', 'answer without prompts: 0-based choice per question, e.g. 1,0,2,3')
    .option('--json', 'print your quiz history as JSON (with --answers: this attempt)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ backend-roadmap quiz\n  $ backend-roadmap quiz 3\n  $ backend-roadmap quiz 3 --answers 1,0,2,1\n  $ backend-roadmap quiz --json',
    )
    .action(runQuiz);
}
