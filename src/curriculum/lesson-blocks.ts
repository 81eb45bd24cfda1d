import type { Track } from './schema.js';
import { FENCE, fenceTrack, proseBlockTrack, isProseBlockClose, isFenceClose } from './track-filter.js';

/** One fenced code block of a lesson, as `check:lessons` runs it. */
export interface LessonBlock {
  /** the fence's language, lower case ('' when none) */
  lang: string;
  /** words after the language: `norun` (syntax check only), `error` (must fail), `isolated` (SQL in its own schema) */
  attrs: string[];
  code: string;
  /** 1-based line of the opening fence */
  line: number;
  /** the track that sees the block; undefined when both do */
  track?: Track;
}

/** Every fenced block of a lesson, with the track it belongs to (its language or its `::: node|python` section). */
export function lessonBlocks(markdown: string): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  let open: { marker: string; block: LessonBlock; lines: string[] } | undefined;
  let section: Track | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (open) {
      if (isFenceClose(text, open.marker)) {
        blocks.push({ ...open.block, code: `${open.lines.join('\n')}\n` });
        open = undefined;
      } else open.lines.push(text);
      return;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      const [lang = '', ...attrs] = (fence[3] ?? '').trim().toLowerCase().split(/\s+/);
      const track = fenceTrack(lang) ?? section;
      open = { marker: fence[2]!, lines: [], block: { lang, attrs, code: '', line: index + 1, ...(track ? { track } : {}) } };
      return;
    }
    const prose = proseBlockTrack(text);
    if (prose && !section) section = prose;
    else if (section && isProseBlockClose(text)) section = undefined;
  });
  return blocks;
}
