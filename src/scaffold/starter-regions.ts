/**
 * Starter regions: one template source serves both the complete project (the reference) and the
 * `--starter` skeleton. Markers are comment lines in the file's own syntax (`//`, `#` or `--`):
 *
 *   // @starter-replace: (stage create-and-read-post) store the post and answer 201
 *   ...complete code...
 *   // @starter-else
 *   // ...starter code, written commented out so the template stays valid source...
 *   // @starter-end
 *
 * `@starter-drop` opens a region that the starter leaves out without a TODO (e.g. an import only
 * the complete code needs). Complete mode keeps the complete code and strips every marker; starter
 * mode writes `TODO <message>` as a comment plus the uncommented `@starter-else` lines.
 */

export type ScaffoldMode = 'complete' | 'starter';

/** A malformed region; `where` is `file:line`. */
export class StarterRegionError extends Error {
  constructor(
    readonly where: string,
    detail: string,
  ) {
    super(`${where}: ${detail}`);
    this.name = 'StarterRegionError';
  }
}

const MARKER = /^(\s*)(\/\/|#|--)\s*@starter-([a-z]+)\b(.*)$/;
const KINDS = new Set(['replace', 'drop', 'else', 'end']);

interface OpenRegion {
  kind: 'replace' | 'drop';
  line: number;
  indent: string;
  prefix: string;
  message: string;
  inElse: boolean;
}

/** What every starter marker holds: a file (or line) without it has no regions, tested before any regex. */
export const STARTER_MARKER = '@starter-';

export function hasStarterMarkers(text: string): boolean {
  return text.includes(STARTER_MARKER);
}

/** The `(stage <id>)` every TODO message names, so the STAGES.md guide can point at the code. */
export const STAGE_REF = /\(stage ([a-z0-9-]+)\)/;

export interface StarterTodo {
  line: number;
  stage: string | undefined;
  text: string;
}

/** Resolves the regions of one file for a mode; throws StarterRegionError naming file:line. */
export function applyStarterRegions(text: string, mode: ScaffoldMode, file: string): string {
  if (!hasStarterMarkers(text)) return text;
  const out: string[] = [];
  let open: OpenRegion | undefined;
  const where = (line: number) => `${file}:${line}`;
  text.split('\n').forEach((raw, index) => {
    const lineNo = index + 1;
    const match = raw.includes(STARTER_MARKER) ? MARKER.exec(raw) : null;
    if (!match) {
      if (!open) out.push(raw);
      else if (!open.inElse) {
        if (mode === 'complete') out.push(raw);
      } else {
        // validated in both modes: a mistake shows up whichever is generated
        const starterLine = uncomment(raw, open.prefix);
        if (starterLine === undefined) throw new StarterRegionError(where(lineNo), `a line after @starter-else must be commented out with "${open.prefix}" (it is the starter's code)`);
        if (mode === 'starter') out.push(starterLine);
      }
      return;
    }
    const [, indent = '', prefix = '', kind = '', rest = ''] = match;
    if (!KINDS.has(kind)) throw new StarterRegionError(where(lineNo), `unknown marker @starter-${kind} (use @starter-replace, @starter-drop, @starter-else, @starter-end)`);
    if (kind === 'replace' || kind === 'drop') {
      if (open) throw new StarterRegionError(where(lineNo), `@starter-${kind} inside the region opened at line ${open.line}; regions do not nest`);
      const message = rest.replace(/^\s*:?\s*/, '').trim();
      if (kind === 'replace' && !message) throw new StarterRegionError(where(lineNo), '@starter-replace needs a TODO message: "@starter-replace: (stage <id>) what to build"');
      open = { kind, line: lineNo, indent, prefix, message, inElse: false };
      if (mode === 'starter' && kind === 'replace') out.push(`${indent}${prefix} TODO ${message}`);
      return;
    }
    if (!open) throw new StarterRegionError(where(lineNo), `@starter-${kind} without an open @starter-replace/@starter-drop`);
    if (kind === 'else') {
      if (open.inElse) throw new StarterRegionError(where(lineNo), `second @starter-else in the region opened at line ${open.line}`);
      open.inElse = true;
      return;
    }
    open = undefined;
  });
  if (open) throw new StarterRegionError(where(open.line), `@starter-${open.kind} is never closed with @starter-end`);
  return out.join('\n');
}

/** Starter lines are stored commented out with the region's own prefix; blank lines stay blank. Undefined: not commented out. */
function uncomment(raw: string, prefix: string): string | undefined {
  if (raw.trim() === '') return raw;
  const at = raw.indexOf(prefix);
  if (at === -1 || raw.slice(0, at).trim() !== '') return undefined;
  const after = raw.slice(at + prefix.length);
  const line = raw.slice(0, at) + (after.startsWith(' ') ? after.slice(1) : after);
  return line.trim() === '' ? '' : line; // a bare comment marks a blank line: no trailing spaces
}

/** The TODO lines of an already transformed starter file, for the stage-by-stage guide. */
export function findStarterTodos(text: string): StarterTodo[] {
  const todos: StarterTodo[] = [];
  text.split('\n').forEach((raw, index) => {
    const match = /^\s*(?:\/\/|#|--)\s*TODO\s+(.*)$/.exec(raw);
    if (match) todos.push({ line: index + 1, stage: STAGE_REF.exec(match[1]!)?.[1], text: match[1]!.trim() });
  });
  return todos;
}
