import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { c } from './theme.js';

/** Renders Markdown for the terminal: styled headings, tables, and highlighted code blocks. */
export function renderMarkdown(markdown: string, width = Math.min(process.stdout.columns || 100, 100)): string {
  const colour = c.level > 0;
  const marked = new Marked(
    markedTerminal(
      {
        width,
        reflowText: true,
        tab: 2,
        ...(colour ? {} : { ...plainStyles(), tableOptions: { style: { head: [], border: [] } } }),
      },
    ) as Parameters<Marked['use']>[0],
  );
  return (marked.parse(markdown, { async: false }) as string).replace(/\n{3,}/g, '\n\n');
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
