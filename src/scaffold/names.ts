import { usageError } from '../core/errors.js';

const MAX_NAME = 214;
const RESERVED = new Set(['node_modules', 'favicon.ico']);

/** npm's package-name rules, as a reason string, or undefined when valid. */
export function npmNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > MAX_NAME) return `it is longer than ${MAX_NAME} characters`;
  if (name !== name.toLowerCase()) return 'it has capital letters';
  if (/^[._]/.test(name)) return 'it starts with . or _';
  if (name.trim() !== name || /\s/.test(name)) return 'it has spaces';
  if (RESERVED.has(name)) return 'it is a reserved name';
  if (!/^[a-z0-9][a-z0-9._~-]*$/.test(name)) return 'it may only hold a-z, 0-9, and . _ ~ -';
  return undefined;
}

/** A close valid npm name: lower-case, separators to dashes, other characters dropped. */
export function suggestNpmName(name: string): string {
  const suggestion = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9.~-]/g, '')
    .replace(/^[.\-~]+/, '')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_NAME)
    .replace(/[-.]+$/, '');
  return suggestion && !RESERVED.has(suggestion) ? suggestion : 'my-project';
}

export function assertValidProjectName(name: string): void {
  const problem = npmNameProblem(name);
  if (problem) {
    throw usageError(
      `${JSON.stringify(name)} cannot be an npm package name: ${problem}.`,
      `Try: backend-roadmap new <template> ${suggestNpmName(name)}`,
    );
  }
}
