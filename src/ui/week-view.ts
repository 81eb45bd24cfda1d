import type { LoadedWeek } from '../curriculum/load.js';
import { renderMarkdown } from './markdown.js';
import { heading, line } from './output.js';
import { page } from './pager.js';
import { c } from './theme.js';
import { cmd } from '../core/invocation.js';

export function printTopics(week: LoadedWeek): void {
  heading(`Week ${week.week} — ${week.title}`);
  line(c.dim(`Month ${week.month}: ${week.monthTitle}`));
  line();
  line(c.bold('Goals'));
  for (const g of week.goals) line(`  • ${g}`);
  line(c.bold('Topics'));
  for (const t of week.topics) line(`  • ${t}`);
  line(c.bold('Project'));
  line(`  ${week.project.title}${week.project.template ? c.dim(`  (${cmd(`new ${week.project.template}`)})`) : ''}`);
}

export async function printLesson(week: LoadedWeek, markdown: string, usePager: boolean): Promise<void> {
  const footer = c.dim(`Quiz: ${cmd(`quiz ${week.week}`)}   ·   Exercises: ${cmd(`exercise list --week ${week.week}`)}`);
  await page(`${renderMarkdown(markdown)}\n${footer}\n`, usePager);
}
