import { isDeepStrictEqual } from 'node:util';
import type { Matcher, MatcherSpec } from './schema.js';

// One JSON value against one matcher: returns why it does not match, or undefined when it does.

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** Ids come back as numbers from one server and strings from another: 5 and "5" are the same id. */
function same(a: unknown, b: unknown): boolean {
  if (isDeepStrictEqual(a, b)) return true;
  const scalar = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  return scalar(a) && scalar(b) && String(a) === String(b);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function checkType(v: unknown, type: NonNullable<MatcherSpec['type']>): boolean {
  if (type === 'integer') return Number.isInteger(v);
  return typeOf(v) === type;
}

function sortedAs(values: unknown[], order: 'asc' | 'desc'): boolean {
  const cmp = (a: unknown, b: unknown) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en');
  return values.every((v, i) => i === 0 || (order === 'asc' ? cmp(values[i - 1], v) <= 0 : cmp(values[i - 1], v) >= 0));
}

export function matchValue(found: boolean, value: unknown, matcher: Matcher): string | undefined {
  const spec: MatcherSpec = matcher !== null && typeof matcher === 'object' ? matcher : { equals: matcher };
  if (spec.exists === false) return found ? `expected no value, got ${show(value)}` : undefined;
  if (!found) return 'is missing';
  if ('equals' in spec && !same(value, spec.equals)) return `expected ${show(spec.equals)}, got ${show(value)}`;
  if ('notEquals' in spec && same(value, spec.notEquals)) return `expected anything but ${show(spec.notEquals)}`;
  if (spec.oneOf && !spec.oneOf.some((o) => same(value, o))) return `expected one of ${show(spec.oneOf)}, got ${show(value)}`;
  if (spec.type && !checkType(value, spec.type)) return `expected a ${spec.type}, got ${typeOf(value)} ${show(value)}`;
  if (spec.matches !== undefined && !new RegExp(spec.matches).test(String(value))) return `expected to match /${spec.matches}/, got ${show(value)}`;
  const length = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
  if (spec.length !== undefined && length !== spec.length) return `expected length ${spec.length}, got ${length ?? typeOf(value)}`;
  if (spec.minLength !== undefined && (length ?? -1) < spec.minLength) return `expected at least ${spec.minLength} items, got ${length ?? typeOf(value)}`;
  if ('includes' in spec || 'excludes' in spec || spec.each || spec.sorted) {
    if (!Array.isArray(value)) return `expected a list, got ${typeOf(value)}`;
    if ('includes' in spec && !value.some((v) => same(v, spec.includes))) return `expected the list to include ${show(spec.includes)}, got ${show(value)}`;
    if ('excludes' in spec && value.some((v) => same(v, spec.excludes))) return `expected the list not to include ${show(spec.excludes)}`;
    if (spec.each) {
      for (const [i, v] of value.entries()) {
        const why = matchValue(true, v, spec.each as Matcher);
        if (why) return `item ${i}: ${why}`;
      }
    }
    if (spec.sorted && !sortedAs(value, spec.sorted)) return `expected ${spec.sorted === 'asc' ? 'ascending' : 'descending'} order, got ${show(value)}`;
  }
  return undefined;
}
