import { findKey, readPath } from './json-path.js';
import { matchValue } from './matchers.js';
import type { Expect, Matcher } from './schema.js';

/** What a step got back, for any kind of server answer. */
export interface Observed {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** parsed body, or undefined when it is not JSON */
  json: unknown;
}

/** The first mismatch of a step, phrased for the learner. */
export interface Mismatch {
  what: string;
  expected: string;
  actual: string;
}

const excerpt = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function statusMatches(status: number, spec: number | number[]): boolean {
  return Array.isArray(spec) ? spec.includes(status) : status === spec;
}

export function checkJsonPaths(json: unknown, matchers: Record<string, Matcher>, text: string): Mismatch | undefined {
  for (const [path, matcher] of Object.entries(matchers)) {
    if (json === undefined) return { what: `body ${path}`, expected: 'a JSON body', actual: text ? `not JSON: ${excerpt(text, 200)}` : 'an empty body' };
    const r = readPath(json, path);
    const why = matchValue(r.found, r.found ? r.value : undefined, matcher);
    if (why) return { what: `body ${path}`, expected: why, actual: excerpt(JSON.stringify(json)) };
  }
  return undefined;
}

function checkHeaders(headers: Record<string, string>, spec: Record<string, boolean | string>): Mismatch | undefined {
  for (const [name, want] of Object.entries(spec)) {
    const got = headers[name];
    const actual = got === undefined ? `no ${name} header` : `${name}: ${got}`;
    if (want === true && got === undefined) return { what: `header ${name}`, expected: `a ${name} header`, actual };
    if (want === false && got !== undefined) return { what: `header ${name}`, expected: `no ${name} header`, actual };
    if (typeof want === 'string') {
      const regex = /^\/(.*)\/([a-z]*)$/.exec(want);
      const ok = got !== undefined && (regex ? new RegExp(regex[1]!, regex[2]).test(got) : got === want);
      if (!ok) return { what: `header ${name}`, expected: `${name}: ${want}`, actual };
    }
  }
  return undefined;
}

function checkAbsent(observed: Observed, absent: NonNullable<Expect['absent']>): Mismatch | undefined {
  for (const key of absent.keys) {
    const at = observed.json === undefined ? undefined : findKey(observed.json, key);
    if (at) return { what: `body ${at}`, expected: `no "${key}" anywhere in the response`, actual: excerpt(observed.text) };
  }
  for (const pattern of absent.patterns) {
    const hit = new RegExp(pattern, 'm').exec(observed.text);
    if (hit) return { what: 'body', expected: `nothing matching /${pattern}/ (internals must not leak)`, actual: `…${excerpt(observed.text.slice(Math.max(0, hit.index - 80)), 400)}` };
  }
  return undefined;
}

/** Checks status, then headers, then JSON paths and shapes, then what must be absent. */
export function checkResponse(observed: Observed, expect: Expect, shapes: Record<string, Record<string, Matcher>>): Mismatch | undefined {
  if (expect.status !== undefined && !statusMatches(observed.status, expect.status)) {
    const want = Array.isArray(expect.status) ? `one of ${expect.status.join(', ')}` : String(expect.status);
    return { what: 'status', expected: want, actual: `${observed.status}${observed.text ? ` with body ${excerpt(observed.text, 400)}` : ''}` };
  }
  const headerMiss = expect.headers && checkHeaders(observed.headers, expect.headers);
  if (headerMiss) return headerMiss;
  const shapeNames = expect.shape === undefined ? [] : [expect.shape].flat();
  for (const name of shapeNames) {
    const miss = checkJsonPaths(observed.json, shapes[name] ?? {}, observed.text);
    if (miss) return { ...miss, expected: `${miss.expected} (the "${name}" shape)` };
  }
  const jsonMiss = expect.json && checkJsonPaths(observed.json, expect.json, observed.text);
  if (jsonMiss) return jsonMiss;
  return expect.absent ? checkAbsent(observed, expect.absent) : undefined;
}
