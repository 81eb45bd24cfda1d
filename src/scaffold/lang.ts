// Which languages a template can be written in, and where each language's templates live.
// Kept free of imports: `new` resolves --lang before loading anything heavy.

export const LANGS = ['node', 'python'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Node templates keep their historic folder (`templates/blog-api`); others get a suffix. */
export function templateFolder(name: string, lang: Lang): string {
  return lang === 'node' ? name : `${name}-${lang}`;
}

/** Index key: one entry per name and language. */
export function templateKey(name: string, lang: Lang): string {
  return `${lang}/${name}`;
}

/** The start command when a manifest declares none: servers started the usual way per language. */
export function defaultStart(lang: Lang): string {
  return lang === 'node' ? 'npm start' : 'uvicorn app.main:app --host 127.0.0.1 --port $PORT';
}
