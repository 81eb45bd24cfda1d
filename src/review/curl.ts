import type { SentRequest } from './http.js';

/** POSIX single-quoting: the printed line can be pasted into bash/zsh as it is. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The request as a runnable `curl -i` line (what CodeCrafters-style testers print on failure). */
export function curlLine(req: SentRequest): string {
  const parts = ['curl', '-i'];
  if (req.method !== 'GET') parts.push('-X', req.method);
  parts.push(shellQuote(req.url));
  for (const [name, value] of Object.entries(req.headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (req.body !== undefined) parts.push('-d', shellQuote(req.body));
  return parts.join(' ');
}
