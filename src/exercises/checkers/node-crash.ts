import { fileURLToPath } from 'node:url';

/** What killed a test process before any case ran: a syntax error or a throw at import time. */
export interface Crash {
  /** "SyntaxError: Unexpected token ';'" */
  message: string;
  /** "/ws/week-01/x.js:2" when Node pointed at a file */
  location?: string;
  /** the offending source line and Node's caret under it */
  excerpt?: string;
}

const HEADER = /^(file:\/\/\S+|\/\S+|[A-Za-z]:\\\S+):(\d+)$/;
const ERROR_LINE = /^(?:Uncaught )?([A-Za-z_$][\w$]*)(?: \[[A-Z0-9_]+\])?: (.+)$/;
const FOOTER = /^Node\.js v\d+/;

const toPath = (file: string) => (file.startsWith('file://') ? fileURLToPath(file) : file);

/**
 * Node's uncaught-error report sits at the end of stderr:
 *   file:///ws/week-01/x.js:2        ← where (absent for errors raised inside node:internal)
 *     return a +;                    ← the line
 *              ^                     ← the caret
 *   (blank)
 *   SyntaxError: Unexpected token ';'
 *       at …stack… (indented)
 *   Node.js v20.x
 * Returns where it starts, and the parts a learner needs; the internal stack is dropped.
 */
function locate(lines: string[]): { start: number; errorAt: number; headerAt: number } | undefined {
  const footer = lines.findLastIndex((l) => FOOTER.test(l));
  const end = footer >= 0 ? footer : lines.length;
  // The error line is the last unindented "Name: message" line: stack frames and error props are indented.
  const errorAt = lines.findLastIndex((l, i) => i < end && ERROR_LINE.test(l));
  if (errorAt < 0) return undefined;
  // The header, code line, caret and a blank line come right before the error line.
  const headerAt = lines.findLastIndex((l, i) => i < errorAt && i >= errorAt - 6 && HEADER.test(l));
  return { start: headerAt >= 0 ? headerAt : errorAt, errorAt, headerAt };
}

export function parseCrash(stderr: string): Crash | undefined {
  const lines = stderr.split(/\r?\n/);
  const found = locate(lines);
  if (!found) return undefined;
  const crash: Crash = { message: lines[found.errorAt]!.replace(/^Uncaught /, '') };
  const header = found.headerAt >= 0 ? HEADER.exec(lines[found.headerAt]!) : null;
  if (header) {
    crash.location = `${toPath(header[1]!)}:${header[2]}`;
    const excerpt = lines.slice(found.headerAt + 1, found.errorAt).filter((l) => l.trim() !== '');
    if (excerpt.length) crash.excerpt = excerpt.join('\n');
  }
  return crash;
}

/** stderr without Node's crash report (parseCrash summarises it): what the learner's code printed. */
export function stripCrash(stderr: string): string {
  const lines = stderr.split(/\r?\n/);
  const found = locate(lines);
  return (found ? lines.slice(0, found.start) : lines).join('\n').trim();
}
