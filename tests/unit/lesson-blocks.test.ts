import { describe, expect, it } from 'vitest';
import { lessonBlocks } from '../../src/curriculum/lesson-blocks.js';
import { filterLessonForTrack } from '../../src/curriculum/track-filter.js';

const lesson = [
  '# Week',
  '```js norun',
  'app.listen(3000);',
  '```',
  '::: python',
  '```sql',
  'SELECT 1;',
  '```',
  ':::',
  '```sql error',
  "INSERT INTO users (email) VALUES ('Ada@Example.com');",
  '```',
  '```',
  'plain',
  '```',
].join('\n');

describe('lessonBlocks', () => {
  it('gives each fence its language, attributes, line and track', () => {
    expect(lessonBlocks(lesson)).toEqual([
      { lang: 'js', attrs: ['norun'], code: 'app.listen(3000);\n', line: 2, track: 'node' },
      { lang: 'sql', attrs: [], code: 'SELECT 1;\n', line: 6, track: 'python' },
      { lang: 'sql', attrs: ['error'], code: "INSERT INTO users (email) VALUES ('Ada@Example.com');\n", line: 10 },
      { lang: '', attrs: [], code: 'plain\n', line: 13 },
    ]);
  });

  it('leaves the attributes out of the lesson a learner reads', () => {
    const shown = filterLessonForTrack(lesson, 'node');
    expect(shown).toContain('```js\napp.listen(3000);');
    expect(shown).toContain('```sql\nINSERT');
    expect(shown).not.toMatch(/norun|error|SELECT 1/);
  });
});
