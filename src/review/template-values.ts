import { randomBytes, randomInt } from 'node:crypto';
import { readPath } from './json-path.js';

// `{{random.email}}` is drawn fresh every time it is expanded (so a hard-coded answer cannot pass);
// `{{name}}` is a value captured earlier or a project var; `{{sent.field}}` is the body just sent.

const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'granite', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen', 'maple', 'nimbus', 'orchid', 'pepper', 'quartz', 'raven', 'sierra', 'tundra'];

const word = () => WORDS[randomInt(WORDS.length)]!;
const token = (n: number) => randomBytes(n).toString('hex').slice(0, n);

export const RANDOM: Record<string, () => string | number> = {
  email: () => `learner.${token(10)}@example.com`,
  username: () => `${word()}_${token(8)}`,
  password: () => `Pw-${token(12)}-${randomInt(10, 99)}`,
  title: () => `The ${word()} ${word()} notes ${token(6)}`,
  text: () => `A post about ${word()} and ${word()}: ${token(16)}.`,
  word: () => `${word()}${token(4)}`,
  slug: () => `${word()}-${token(6)}`,
  int: () => randomInt(2, 9_999),
  uuid: () => crypto.randomUUID(),
};

export type Vars = Map<string, unknown>;

const WHOLE = /^\{\{\s*([\w.$[\]*-]+)\s*\}\}$/;
const INLINE = /\{\{\s*([\w.$[\]*-]+)\s*\}\}/g;

function lookup(name: string, vars: Vars, sent: unknown): unknown {
  if (name.startsWith('random.')) {
    const make = RANDOM[name.slice(7)];
    if (!make) throw new Error(`unknown random value {{${name}}}; known: ${Object.keys(RANDOM).join(', ')}`);
    return make();
  }
  if (name.startsWith('sent.')) {
    const r = readPath(sent, `$.${name.slice(5)}`);
    if (!r.found) throw new Error(`{{${name}}}: the request body has no ${name.slice(5)}`);
    return r.value;
  }
  if (!vars.has(name)) throw new Error(`{{${name}}} was never captured (an earlier step did not provide it)`);
  return vars.get(name);
}

/**
 * Expands templates in any JSON-like value. A string that is exactly one `{{x}}` becomes the value
 * itself (a number stays a number); inside longer strings values are written as text.
 */
export function expand<T>(value: T, vars: Vars, sent?: unknown): T {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(whole[1]!, vars, sent) as T;
    return value.replace(INLINE, (_, name: string) => String(lookup(name, vars, sent))) as T;
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, vars, sent)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, vars, sent)])) as T;
  }
  return value;
}

/** Draws the file's `vars` once for this run. */
export function drawVars(specs: Record<string, string>): Vars {
  const vars: Vars = new Map();
  for (const [name, spec] of Object.entries(specs)) vars.set(name, expand(spec, vars));
  return vars;
}
