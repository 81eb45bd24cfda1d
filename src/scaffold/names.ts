import { usageError } from '../core/errors.js';
import type { Lang } from './lang.js';
import { cmd } from '../core/invocation.js';

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

/**
 * Python project names (PEP 508, as pyproject.toml's `name` wants them): letters, digits and
 * . _ -, starting and ending with a letter or digit. Capitals are fine; pip normalises them.
 */
export function pythonNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > MAX_NAME) return `it is longer than ${MAX_NAME} characters`;
  if (/\s/.test(name)) return 'it has spaces';
  if (!/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name)) return 'it may only hold letters, digits and . _ - (starting and ending with a letter or digit)';
  return undefined;
}

const PYTHON_KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from global if import in is ' +
    'lambda nonlocal not or pass raise return try while with yield').split(' '),
);

/** A snake_case Python identifier for the project (`Blog API 2` -> `blog_api_2`), for imports and module names. */
export function pythonPackageName(name: string): string {
  const snake = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const identifier = /^[0-9]/.test(snake) ? `project_${snake}` : snake || 'project';
  return PYTHON_KEYWORDS.has(identifier) ? `${identifier}_` : identifier;
}

export function assertValidProjectName(name: string, lang: Lang = 'node'): void {
  if (lang === 'python') {
    const problem = pythonNameProblem(name);
    if (problem) {
      const suggestion = suggestNpmName(name).replace(/~/g, '-'); // lower-case with dashes is also a valid Python name
      throw usageError(`${JSON.stringify(name)} cannot be a Python project name: ${problem}.`, `Try: ${cmd(`new <template> ${suggestion} --lang python`)}`);
    }
    return;
  }
  const problem = npmNameProblem(name);
  if (problem) {
    throw usageError(
      `${JSON.stringify(name)} cannot be an npm package name: ${problem}.`,
      `Try: ${cmd(`new <template> ${suggestNpmName(name)}`)}`,
    );
  }
}
