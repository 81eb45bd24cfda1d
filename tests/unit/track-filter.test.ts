import { describe, expect, it } from 'vitest';
import { filterLessonForTrack } from '../../src/curriculum/track-filter.js';

const lesson = [
  '# Title',
  'Shared prose.',
  '```js',
  'const a = 1;',
  '```',
  '```python',
  'a = 1',
  '```',
  '```sql',
  'SELECT 1;',
  '```',
  '::: node',
  'Only for **Node**.',
  ':::',
  '::: python',
  'Only for Python.',
  '```python',
  'print(1)',
  '```',
  ':::',
  'The end.',
].join('\n');

describe('filterLessonForTrack', () => {
  it('keeps JavaScript, shared fences and node prose for the node track', () => {
    const out = filterLessonForTrack(lesson, 'node');
    expect(out).toContain('const a = 1;');
    expect(out).toContain('SELECT 1;');
    expect(out).toContain('Only for **Node**.');
    expect(out).not.toContain('a = 1\n');
    expect(out).not.toContain('Only for Python.');
    expect(out).not.toContain('print(1)');
    expect(out).not.toContain(':::');
  });

  it('keeps Python code and python prose for the python track', () => {
    const out = filterLessonForTrack(lesson, 'python');
    expect(out).toContain('a = 1');
    expect(out).toContain('print(1)');
    expect(out).toContain('Only for Python.');
    expect(out).toContain('SELECT 1;');
    expect(out).not.toContain('const a = 1;');
    expect(out).not.toContain('Only for **Node**.');
  });

  it('does not treat ::: inside a code fence as a block marker', () => {
    const md = '```text\n::: node\n```\nafter';
    expect(filterLessonForTrack(md, 'python')).toBe(md);
  });
});
