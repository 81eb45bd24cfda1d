import type { ComposeFile } from '../compose.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `environment:` as a map, from either the `- KEY=value` list or the `KEY: value` map syntax;
 * a key with no value (`- KEY`, `KEY:`), passed through from the shell, maps to null.
 */
export function environment(svc: Obj | undefined): Map<string, string | null> {
  const vars = new Map<string, string | null>();
  const raw = svc?.environment;
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const [key = '', ...rest] = String(item).split('=');
      vars.set(key.trim(), rest.length ? rest.join('=') : null);
    }
  } else if (isObj(raw)) {
    for (const [key, value] of Object.entries(raw)) vars.set(key, value === null || value === undefined ? null : String(value));
  }
  return vars;
}

/** Only the variables the file gives a value. */
export function env(svc: Obj | undefined): Map<string, string> {
  return new Map([...environment(svc)].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** `depends_on:` as service → condition ('' for the short list syntax). */
export function dependsOn(svc: Obj | undefined): Map<string, string> {
  const deps = new Map<string, string>();
  const raw = svc?.depends_on;
  if (Array.isArray(raw)) for (const name of raw) deps.set(String(name), '');
  else if (isObj(raw)) for (const [name, opts] of Object.entries(raw)) deps.set(name, isObj(opts) ? String(opts.condition ?? '') : '');
  return deps;
}

/** The healthcheck's test as one string, or undefined when there is none (or it is disabled). */
export function healthTest(svc: Obj | undefined): string | undefined {
  const hc = svc?.healthcheck;
  if (!isObj(hc) || hc.disable === true) return undefined;
  const test = hc.test;
  if (Array.isArray(test)) {
    if (test[0] === 'NONE') return undefined;
    return test.slice(test[0] === 'CMD' || test[0] === 'CMD-SHELL' ? 1 : 0).map(String).join(' ');
  }
  return typeof test === 'string' ? test : undefined;
}

/** `line 12: ` for the value at a path, or ''. */
export const where = (file: ComposeFile, path: Array<string | number>) => {
  const line = file.lineOf(path);
  return line === undefined ? '' : `line ${line}: `;
};

/** A service's URL-ish env value split into its parts. */
export interface UrlParts { scheme: string; user?: string; password?: string; host: string; port?: string; path: string }

export function parseUrl(value: string): UrlParts | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?(\[[^\]]+\]|[^:/?#]+)(?::([^/?#]*))?([^?#]*)/i.exec(value.trim());
  if (!m) return undefined;
  const parts: UrlParts = { scheme: (m[1] ?? '').toLowerCase(), host: m[4] ?? '', path: m[6] ?? '' };
  if (m[2] !== undefined) parts.user = m[2];
  if (m[3] !== undefined) parts.password = m[3];
  if (m[5] !== undefined) parts.port = m[5];
  return parts;
}
