import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curriculumDir } from '../core/paths.js';
import { cmd } from '../core/invocation.js';

export interface LessonSection {
  week: number;
  /** the heading as written in the lesson */
  section: string;
  /** how to open it */
  command: string;
}

/** GitHub-style heading anchor: "Offset pagination: `?page=2`" → "offset-pagination-page2". */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');
}

/** Resolves `"7#status-codes-and-when-to-use-each"`; undefined when the week or heading does not exist. */
export function resolveLesson(ref: string, root = curriculumDir): LessonSection | undefined {
  const [weekText, slug] = ref.split('#');
  const week = Number(weekText);
  const weeksDir = join(root, 'weeks');
  if (!existsSync(weeksDir)) return undefined;
  const folder = readdirSync(weeksDir).find((f) => f.startsWith(`${String(week).padStart(2, '0')}-`));
  const file = folder && join(weeksDir, folder, 'lesson.md');
  if (!file || !existsSync(file)) return undefined;
  for (const m of readFileSync(file, 'utf8').matchAll(/^#{2,4} +(.+)$/gm)) {
    const section = m[1]!.trim();
    if (headingSlug(section) === slug) return { week, section: section.replace(/`/g, ''), command: cmd(`week ${week}`) };
  }
  return undefined;
}
