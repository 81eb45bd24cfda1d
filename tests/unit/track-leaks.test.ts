import { describe, expect, it } from 'vitest';
import { loadWeek, readLesson } from '../../src/curriculum/load.js';
import type { Track } from '../../src/curriculum/schema.js';
import { filterLessonForTrack } from '../../src/curriculum/track-filter.js';
import { weekQuiz } from '../../src/exercises/quiz-deck.js';

// What only one track's learner should meet: its tools, files and code. SQL, Docker, shell and
// comparisons that name both languages (a "JavaScript vs Python" table) are shared and fine.
const ONLY: Record<Track, RegExp> = {
  node: /\bnpm (ci|install|run)\b|\bnpx\b|\bnode \S+\.m?js\b|\bconst \w+ = |require\(|dist\/index\.js|\bIn JavaScript\b|\bapp\.js\b/,
  python: /\bpython3? \S+\.py\b|\bdef \w+\(|\bpip install\b|\.venv\b|\.pytest_cache|\bIn Python\b|\bmain\.py\b|FastAPI's default/,
};
const namesBoth = (line: string) => /JavaScript|\bNode\b/.test(line) && /Python/.test(line);

/** Lines of the week's lesson and quiz, as `track` sees them, that belong to the other track. */
function leaks(week: number, track: Track): string[] {
  const other: Track = track === 'node' ? 'python' : 'node';
  const data = loadWeek(week);
  const quiz = weekQuiz(data, track, 'a learner').questions.flatMap((q) => [q.question, q.code ?? '', ...q.choices.flatMap((c) => [c.text, c.why])]);
  return [...filterLessonForTrack(readLesson(data), track).split('\n'), ...quiz].filter(
    (line) => ONLY[other].test(line) && !ONLY[track].test(line) && !namesBoth(line),
  );
}

describe('each track sees its own language', () => {
  for (const track of ['node', 'python'] as const) {
    it.each(Array.from({ length: 16 }, (_, i) => i + 1))(`${track} track, week %i: no lesson line or quiz item of the other track`, (week) => {
      expect(leaks(week, track)).toEqual([]);
    });
  }
});
