import type { LoadedWeek } from '../curriculum/load.js';
import { indented, renderMarkdown, textWidth } from './markdown.js';
import { heading, line } from './output.js';
import { page } from './pager.js';
import { c } from './theme.js';
import { cmd } from '../core/invocation.js';

export function printTopics(week: LoadedWeek): void {
  heading(`Week ${week.week} — ${week.title}`);
  line(c.dim(`Month ${week.month}: ${week.monthTitle}`));
  line();
  line(c.bold('Goals'));
  const bullet = (text: string) => line(indented(`• ${text}`, textWidth(), 2, 4));
  for (const g of week.goals) bullet(g);
  line(c.bold('Topics'));
  for (const t of week.topics) bullet(t);
  line(c.bold('Project'));
  line(`  ${week.project.title}${week.project.template ? c.dim(`  (${cmd(`new ${week.project.template}`)})`) : ''}`);
}

export async function printLesson(week: LoadedWeek, markdown: string, usePager: boolean): Promise<void> {
  const footer = c.dim(`Quiz: ${cmd(`quiz ${week.week}`)}\nExercises: ${cmd(`exercise list --week ${week.week}`)}`);
  await page(`${renderMarkdown(markdown)}\n${footer}\n`, usePager);
}
