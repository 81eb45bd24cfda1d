import type { Track } from './schema.js';

const FENCE_TRACK: Record<string, Track> = {
  js: 'node',
  javascript: 'node',
  mjs: 'node',
  ts: 'node',
  typescript: 'node',
  python: 'python',
  py: 'python',
};

const BLOCK_OPEN = /^:::\s*(node|python)\s*$/;
const BLOCK_CLOSE = /^:::\s*$/;
/** an opening fence: indent, marker, info string (language, then attributes such as `norun`) */
export const FENCE = /^(\s*)(`{3,}|~{3,})\s*(.*)$/;

/** The track a fence's language belongs to (js → node, python → python); undefined for shared languages. */
export function fenceTrack(lang: string): Track | undefined {
  return FENCE_TRACK[lang.toLowerCase()];
}

/** `::: node` / `::: python` opens a prose section of one track. */
export function proseBlockTrack(line: string): Track | undefined {
  return BLOCK_OPEN.exec(line.trim())?.[1] as Track | undefined;
}

export function isProseBlockClose(line: string): boolean {
  return BLOCK_CLOSE.test(line.trim());
}

export function isFenceClose(line: string, marker: string): boolean {
  return line.trim().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '';
}

/**
 * Keeps the learner's track of a lesson: drops ```js or ```python fences of the other track and
 * `::: node` / `::: python` prose blocks of the other track (their markers are removed either way).
 * Shared fences (sql, bash, yaml…) always stay. Fence attributes for `check:lessons` (```js norun)
 * are not for the reader: only the language is kept.
 */
export function filterLessonForTrack(markdown: string, track: Track): string {
  const out: string[] = [];
  let fence: { marker: string; keep: boolean } | undefined;
  let block: { keep: boolean } | undefined;
  for (const line of markdown.split('\n')) {
    const inBlockKeep = block?.keep ?? true;
    if (fence) {
      if (isFenceClose(line, fence.marker)) {
        if (fence.keep && inBlockKeep) out.push(line);
        fence = undefined;
      } else if (fence.keep && inBlockKeep) out.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      const lang = (open[3] ?? '').trim().split(/\s+/)[0]!;
      const langTrack = fenceTrack(lang);
      fence = { marker: open[2]!, keep: langTrack === undefined || langTrack === track };
      if (fence.keep && inBlockKeep) out.push(`${open[1]}${open[2]}${lang}`);
      continue;
    }
    const blockTrack = proseBlockTrack(line);
    if (blockTrack && !block) {
      block = { keep: blockTrack === track };
      continue;
    }
    if (block && isProseBlockClose(line)) {
      block = undefined;
      continue;
    }
    if (inBlockKeep) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
