import type { CaseResult } from '../../types.js';

/** What a parser hands back: the parsed document, or where and why it could not be read. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; line: number };

/** One static rule: looks at a parsed document and says whether it holds, and if not, how to fix it. */
export type Rule<T> = (doc: T) => CaseResult;

/** A kind of file (Dockerfile, compose, README): how to parse it and the rules that can be asked for. */
export interface RuleSet<T> {
  /** how the file is named in messages, e.g. "Dockerfile" */
  label: string;
  parse(text: string): ParseResult<T>;
  rules: Readonly<Record<string, Rule<T>>>;
}

export function pass(name: string, expected: string): CaseResult {
  return { name, passed: true, expected };
}

/**
 * A failed rule. `expected` says what the rule wants, `actual` what was found,
 * `message` what to write instead.
 */
export function fail(name: string, expected: string, actual: string, message: string): CaseResult {
  return { name, passed: false, expected, actual, message };
}

/** Levenshtein distance, for "did you mean …?" suggestions on typos. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** An image reference split into its parts: `docker.io/library/node:20-alpine@sha256:…`. */
export interface ImageRef {
  /** repository without registry/library prefix, lower-cased: `node`, `gcr.io/distroless/nodejs20-debian12` */
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  const [nameAndTag = '', digest] = ref.trim().split('@', 2);
  const lastSlash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.indexOf(':', lastSlash + 1);
  let name = colon === -1 ? nameAndTag : nameAndTag.slice(0, colon);
  const tag = colon === -1 ? undefined : nameAndTag.slice(colon + 1);
  name = name.toLowerCase().replace(/^(docker\.io\/)?(library\/)?/, '');
  const out: ImageRef = { name };
  if (tag) out.tag = tag;
  if (digest) out.digest = digest;
  return out;
}
