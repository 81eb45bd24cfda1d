import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/ui/markdown.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('Markdown in an 80-column terminal', () => {
  it('renders bold, code spans and links inside list items and wraps them with a hanging indent', () => {
    const out = renderMarkdown(
      [
        '- **Timing-safe comparison.** Use `crypto.timingSafeEqual` or `hmac.compare_digest`, never `===`, which stops at the first differing byte and leaks timing; see [the docs](https://nodejs.org/api/crypto.html).',
        '- [ ] a task item with `code`',
        '  1. a nested **ordered** item whose text is long enough to need wrapping at eighty columns, surely',
      ].join('\n'),
      80,
    );
    expect(out).not.toMatch(/\*\*|`/);
    expect(out).toContain('  * Timing-safe comparison. Use crypto.timingSafeEqual');
    expect(out).toMatch(/the\s+docs \(https:\/\/nodejs.org/);
    expect(out).toContain('  * [ ] a task item with code');
    expect(out).toMatch(/^ {10}1\. a nested ordered item/m);
    expect(widest(out)).toBeLessThanOrEqual(80);
    // continuation lines line up under the text, not under the bullet
    expect(out).toMatch(/^ {4}\S/m);
  });

  it('keeps a table that fits and stacks one that does not', () => {
    const narrow = '| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(renderMarkdown(narrow, 80)).toMatch(/┌.*┐/);
    const wide = `| Don't cache | Why |\n|---|---|\n| Data that must be exactly current: balances, stock at checkout, permissions after revocation | A stale value causes real harm |\n`;
    const out = renderMarkdown(wide, 80);
    expect(out).not.toMatch(/┌/);
    expect(out).toContain('    Why: A stale value causes real harm');
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(renderMarkdown(wide, 100)).not.toMatch(/┌/);
    expect(renderMarkdown(wide, 140)).toMatch(/┌/);
  });

  it('wraps prose to the width and unescapes code spans', () => {
    const out = renderMarkdown(`${'word '.repeat(40)}\`a: b <c>\``, 60);
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out).toContain('a: b <c>');
  });
});
