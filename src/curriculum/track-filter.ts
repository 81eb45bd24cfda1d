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
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;

/**
 * Keeps the learner's track of a lesson: drops ```js or ```python fences of the other track and
 * `::: node` / `::: python` prose blocks of the other track (their markers are removed either way).
 * Shared fences (sql, bash, yaml…) always stay.
 */
export function filterLessonForTrack(markdown: string, track: Track): string {
  const out: string[] = [];
  let fence: { marker: string; keep: boolean } | undefined;
  let block: { keep: boolean } | undefined;
  for (const line of markdown.split('\n')) {
    const inBlockKeep = block?.keep ?? true;
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        if (fence.keep && inBlockKeep) out.push(line);
        fence = undefined;
      } else if (fence.keep && inBlockKeep) out.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      const lang = (open[3] ?? '').toLowerCase();
      const fenceTrack = FENCE_TRACK[lang];
      fence = { marker: open[2]!, keep: fenceTrack === undefined || fenceTrack === track };
      if (fence.keep && inBlockKeep) out.push(line);
      continue;
    }
    const blockOpen = BLOCK_OPEN.exec(line.trim());
    if (blockOpen && !block) {
      block = { keep: blockOpen[1] === track };
      continue;
    }
    if (block && BLOCK_CLOSE.test(line.trim())) {
      block = undefined;
      continue;
    }
    if (inBlockKeep) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
