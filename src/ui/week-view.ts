import type { LoadedWeek } from '../curriculum/load.js';
import { renderMarkdown } from './markdown.js';
import { heading, line } from './output.js';
import { page } from './pager.js';
import { c } from './theme.js';

export function printTopics(week: LoadedWeek): void {
  heading(`Week ${week.week} — ${week.title}`);
  line(c.dim(`Month ${week.month}: ${week.monthTitle}`));
  line();
  line(c.bold('Goals'));
  for (const g of week.goals) line(`  • ${g}`);
  line(c.bold('Topics'));
  for (const t of week.topics) line(`  • ${t}`);
  line(c.bold('Project'));
  line(`  ${week.project.title}${week.project.template ? c.dim(`  (backend-roadmap new ${week.project.template})`) : ''}`);
}

export async function printLesson(week: LoadedWeek, markdown: string, usePager: boolean): Promise<void> {
  const footer = c.dim(`Quiz: backend-roadmap quiz ${week.week}   ·   Exercises: backend-roadmap exercise list --week ${week.week}`);
  await page(`${renderMarkdown(markdown)}\n${footer}\n`, usePager);
}
