import { existsSync, lstatSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Track } from '../curriculum/schema.js';
import { UserError } from './errors.js';
import { TOTAL_WEEKS } from './pace.js';

export const weekFolder = (week: number): string => `week-${String(week).padStart(2, '0')}`;

function readme(name: string, track: Track): string {
  const ext = track === 'node' ? 'js' : 'py';
  return `# ${name}'s backend-roadmap workspace

This folder is yours: every exercise you start lands in \`week-NN/\`, and you edit it here.

| command | what it does |
| --- | --- |
| \`backend-roadmap\` | where you are and what to do next |
| \`backend-roadmap week\` | read this week's lesson |
| \`backend-roadmap exercise start <id>\` | copy an exercise into \`week-NN/\` (${ext === "py" ? "as a module such as \`week-02/type_conversion.py\`" : "as \`<id>.js\`"}) |
| \`backend-roadmap exercise verify\` | check your solution (or \`exercise watch\` to re-check on save) |
| \`backend-roadmap checkin\` | log what you studied today |

Running the tool from a clone without \`npm link\`? Type \`npm start -- week\` (and so on) in the clone instead.

Tip: put this folder under git (\`git init\`) so you can see how your code grows over 16 weeks.
`;
}

/** Refuses a --dir that is a file or a symlink to nothing (a usage error: nothing is written). */
export function checkWorkspaceDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UserError(`${dir} exists and is not a folder: choose another --dir`, 2);
  }
  // mkdir would fail on the link with a bare ENOENT
  if (!existsSync(dir) && lstatSync(dir, { throwIfNoEntry: false })) throw new UserError(`${dir} is a symlink to nothing: choose another --dir`, 2);
}

/**
 * Creates the workspace folder, a README and week-01..week-16. Existing files are never overwritten,
 * so running it on a workspace already in use is safe.
 */
export function createWorkspace(dir: string, name: string, track: Track): void {
  checkWorkspaceDir(dir);
  mkdirSync(dir, { recursive: true });
  for (let week = 1; week <= TOTAL_WEEKS; week++) mkdirSync(join(dir, weekFolder(week)), { recursive: true });
  writeIfAbsent(join(dir, 'README.md'), readme(name, track));
  // Exercise files are ES modules; this makes `.js` mean ESM inside the workspace.
  writeIfAbsent(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'backend-roadmap-workspace', private: true, type: 'module' }, null, 2)}\n`,
  );
}

function writeIfAbsent(file: string, content: string): void {
  if (!existsSync(file)) writeFileSync(file, content, { flag: 'wx' });
}
