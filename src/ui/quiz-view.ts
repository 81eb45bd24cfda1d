import type { QuestionOutcome, QuizOutcome } from '../exercises/quiz.js';
import type { Quiz, ShownQuestion } from '../exercises/quiz-deck.js';
import type { QuizResult } from '../store/quizzes.js';
import { heading, line } from './output.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';

export function quizHeading(q: { kind: Quiz['kind']; number: number; title: string }): string {
  return q.kind === 'month' ? `Month ${q.number} review · ${q.title}` : `Week ${q.number} quiz · ${q.title}`;
}

function indent(text: string, by: string): string {
  return text.replace(/\n+$/, '').split('\n').map((l) => by + l).join('\n');
}

/** The prompt text of a question: its number, the question and, for code-reading questions, the code. */
export function questionPrompt(q: ShownQuestion, index: number, total: number): string {
  const head = `${index + 1}/${total}  ${q.question.trim()}`;
  return q.code === undefined ? head : `${head}\n\n${c.cyan(indent(q.code, '    '))}\n`;
}

const choiceText = (q: QuestionOutcome, id: string): string => q.choices.find((ch) => ch.id === id)?.text ?? id;
const choiceWhy = (q: QuestionOutcome, id: string): string => q.choices.find((ch) => ch.id === id)?.why.trim() ?? '';

/** Right or wrong, and why: the chosen answer's explanation, and the right one's when it was missed. */
export function printAnswerFeedback(q: QuestionOutcome): void {
  if (q.correct) {
    line(`     ${c.green('right:')} ${choiceWhy(q, q.chosen)}`);
    return;
  }
  line(`     your answer: ${c.red(choiceText(q, q.chosen))}`);
  line(`     ${c.dim(choiceWhy(q, q.chosen))}`);
  line(`     correct:     ${c.green(choiceText(q, q.answer))}`);
  line(`     ${c.dim(choiceWhy(q, q.answer))}`);
}

/** Score first, then every question with why the chosen answer is right or wrong (skipped when already shown while answering). */
export function printQuizOutcome(o: QuizOutcome, opts: { feedbackShown?: boolean } = {}): void {
  line();
  heading(`${quizHeading(o)}: ${o.score}/${o.total}`);
  if (!opts.feedbackShown) {
    for (const q of o.questions) {
      line(`${q.correct ? sym.ok : sym.fail} ${q.number}. ${q.correct ? c.dim(q.question.trim()) : q.question.trim()}`);
      if (!q.correct && q.code !== undefined) line(c.cyan(indent(q.code, '       ')));
      printAnswerFeedback(q);
    }
    line();
  }
  const again = o.kind === 'month' ? cmd(`quiz --month ${o.number}`) : cmd(`quiz ${o.number}`);
  if (o.score === o.total) line(`${c.green('★')} Perfect score.`);
  else if (o.kind === 'month') line(c.dim(`Re-read the weeks you missed (each question names its week with --json) and try again: ${again}`));
  else line(c.dim(`Re-read the lesson (${cmd(`week ${o.number}`)}) and try again any time: ${again}`));
}

/** `quiz --questions`: every question with its choice ids, in the order shown, for answering with --answers. */
export function printQuizQuestions(quiz: Quiz): void {
  heading(quizHeading(quiz));
  for (const [i, q] of quiz.questions.entries()) {
    line();
    line(questionPrompt(q, i, quiz.questions.length));
    for (const ch of q.choices) line(`   ${c.bold(ch.id)}  ${ch.text}`);
  }
  line();
  line(c.dim(`Answer with the ids, one per question: --answers ${quiz.questions.map((q) => q.choices[0]!.id).join(',')}`));
}

export function printQuizHistory(results: QuizResult[]): void {
  if (results.length === 0) {
    line(`No quiz taken yet. Start with: ${cmd('quiz')}`);
    return;
  }
  for (const r of results) {
    const which = r.week === null ? `Month ${r.month}` : `Week ${String(r.week).padStart(2)}`;
    line(`${which}  ${r.score}/${r.total}  ${c.dim(r.createdAt)}`);
  }
}
