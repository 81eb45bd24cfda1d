import type { QuizOutcome } from '../exercises/quiz.js';
import type { QuizResult } from '../store/quizzes.js';
import { heading, line } from './output.js';
import { c, sym } from './theme.js';
import { cmd } from '../core/invocation.js';

/** Score first, then every wrong answer with the right one and why. */
export function printQuizOutcome(o: QuizOutcome, title: string): void {
  line();
  heading(`Week ${o.week} quiz · ${title}: ${o.score}/${o.total}`);
  for (const q of o.questions) {
    if (q.correct) {
      line(`${sym.ok} ${q.number}. ${c.dim(q.question.trim())}`);
      continue;
    }
    line(`${sym.fail} ${q.number}. ${q.question.trim()}`);
    line(`     your answer: ${c.red(q.choices[q.chosen] ?? String(q.chosen))}`);
    line(`     correct:     ${c.green(q.choices[q.answer] ?? String(q.answer))}`);
    line(`     ${c.dim(q.explanation.trim())}`);
  }
  line();
  if (o.score === o.total) line(`${c.green('★')} Perfect score.`);
  else line(c.dim(`Re-read the lesson (${cmd(`week ${o.week}`)}) and try again any time: ${cmd(`quiz ${o.week}`)}`));
}

export function printQuizHistory(results: QuizResult[]): void {
  if (results.length === 0) {
    line(`No quiz taken yet. Start with: ${cmd('quiz')}`);
    return;
  }
  for (const r of results) line(`Week ${String(r.week).padStart(2)}  ${r.score}/${r.total}  ${c.dim(r.createdAt)}`);
}
