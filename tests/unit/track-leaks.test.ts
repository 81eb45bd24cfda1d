import { describe, expect, it } from 'vitest';
import { loadWeek, readLesson } from '../../src/curriculum/load.js';
import type { Track } from '../../src/curriculum/schema.js';
import { filterLessonForTrack, quizForTrack } from '../../src/curriculum/track-filter.js';

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
  const quiz = quizForTrack(data.quiz, track).flatMap((q) => [q.question, ...q.choices, q.explanation]);
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

  it('quiz questions marked for one track are left out of the other, and each track keeps at least 3', () => {
    const week2 = loadWeek(2);
    const node = quizForTrack(week2.quiz, 'node');
    const python = quizForTrack(week2.quiz, 'python');
    expect(node.some((q) => q.question.includes('Number("")'))).toBe(true);
    expect(python.some((q) => q.question.includes('Number("")'))).toBe(false);
    for (let w = 1; w <= 16; w++) {
      for (const t of ['node', 'python'] as const) expect(quizForTrack(loadWeek(w).quiz, t).length).toBeGreaterThanOrEqual(3);
    }
  });
});
