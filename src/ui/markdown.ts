import { wrapAnsi } from 'fast-wrap-ansi';
import { Marked, type MarkedExtension, type RendererThis, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { stripVTControlCharacters } from 'node:util';
import { c } from './theme.js';

/** Lesson width: the terminal's, up to 100 columns (100 when piped). */
export function textWidth(): number {
  return Math.min(process.stdout.columns || 100, 100);
}

/** Renders Markdown for the terminal: styled headings, tables, and highlighted code blocks, within `width` columns. */
export function renderMarkdown(markdown: string, width = textWidth()): string {
  const colour = c.level > 0;
  const terminal = markedTerminal({
    width,
    reflowText: true,
    tab: 2,
    emoji: false,
    ...(colour ? {} : { ...plainStyles(), tableOptions: { style: { head: [], border: [] } } }),
  }) as MarkedExtension;
  const marked = new Marked(terminal, fitToWidth(width, terminal));
  return (marked.parse(markdown, { async: false }) as string).replace(/\n{3,}/g, '\n\n');
}

const visibleWidth = (text: string) => Math.max(0, ...text.split('\n').map((l) => stripVTControlCharacters(l).length));

/** marked-terminal escapes `:` in code spans and leaves entities escaped; its own paragraphs undo both. */
const plainText = (s: string) =>
  s
    .replaceAll('*#COLON|*', ':')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** `text` wrapped within `width` columns, its first line indented by `first` spaces and the rest by `rest`. */
export function indented(text: string, width: number, first: number, rest: number): string {
  const lines = wrapAnsi(text, Math.max(20, width - rest), { hard: true }).split('\n');
  return lines.map((l, i) => (l === '' ? l : ' '.repeat(i === 0 ? first : rest) + l)).join('\n');
}

/**
 * marked-terminal prints list items raw (no bold, code spans or links) and unwrapped, and lets wide
 * tables overflow; these renderers fit both to the width.
 */
function fitToWidth(width: number, terminal: MarkedExtension): MarkedExtension {
  const enclosing: number[] = []; // hanging indents of the list items a nested list sits in
  const inline = (r: RendererThis, token: { tokens?: Token[]; text?: string }): string =>
    plainText(token.tokens ? r.parser.parseInline(token.tokens) : (token.text ?? ''));
  return {
    renderer: {
      list(this: RendererThis, token: Tokens.List): string {
        const available = width - enclosing.reduce((a, b) => a + b, 0);
        const items = token.items.map((item, i) => {
          const bullet = token.ordered ? `${Number(token.start === '' ? 1 : token.start) + i}.` : '*';
          const marker = `  ${bullet} ${item.task ? `[${item.checked ? 'x' : ' '}] ` : ''}`;
          enclosing.push(marker.length);
          const blocks = item.tokens.map((t) =>
            t.type === 'text' || t.type === 'paragraph'
              ? wrapAnsi(inline(this, t).replace(/\s*\n\s*/g, ' '), Math.max(20, available - marker.length), { hard: true })
              : this.parser.parse([t]).replace(/^\n+|\s+$/g, ''),
          );
          enclosing.pop();
          const [first = '', ...rest] = blocks.filter((b) => b !== '').join(item.loose ? '\n\n' : '\n').split('\n');
          return [marker + first, ...rest.map((l) => (l === '' ? l : ' '.repeat(marker.length) + l))].join('\n');
        });
        return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
      },
      table(this: RendererThis, token: Tokens.Table): string {
        const boxed = (terminal.renderer!.table as (this: RendererThis, t: Tokens.Table) => string).call(this, token);
        if (visibleWidth(boxed) <= width) return boxed;
        // Too wide: one block per row, "Header: value" lines under the row's first cell.
        const header = token.header.map((cell) => inline(this, cell));
        const rows = token.rows.map((row) => {
          const [title, ...cells] = row.map((cell) => inline(this, cell));
          const fields = cells.map((value, k) => indented(`${c.dim(`${header[k + 1]}:`)} ${value}`, width, 4, 6));
          return [indented(c.bold(title ?? ''), width, 2, 2), ...fields].join('\n');
        });
        return `${rows.join('\n\n')}\n\n`;
      },
    },
  };
}

/** marked-terminal defaults to chalk styles; with colour off use identity functions. */
function plainStyles(): Record<string, (s: string) => string> {
  const plain = (s: string) => s;
  return Object.fromEntries(
    ['code', 'blockquote', 'html', 'heading', 'firstHeading', 'hr', 'listitem', 'table', 'paragraph', 'strong', 'em', 'codespan', 'del', 'link', 'href', 'text'].map(
      (k) => [k, plain],
    ),
  );
}
