import { fail, pass, type Rule } from './shared.js';

/** What a rule found wrong: what is in the file, and what to write instead. */
export interface Finding {
  actual: string;
  message: string;
}

/**
 * One static rule in its own module (the way hadolint and ESLint organise rules): an id, a
 * one-line statement of what it wants, the lesson section that teaches it, and the check.
 */
export interface RuleModule<T> {
  id: string;
  /** what the rule wants, one line (shown as the case's `expected`) */
  expected: string;
  /** where the course teaches it, e.g. "week 13 § A production Dockerfile" */
  lesson: string;
  /** 'python' for rules about Python images and services; absent when any stack can use the rule */
  track?: 'python';
  /** undefined when the file follows the rule */
  check(doc: T): Finding | undefined;
}

/** Adapts a rule module to the checker's Rule type; failed cases point at the lesson section. */
export function toRule<T>(module: RuleModule<T>): Rule<T> {
  return (doc) => {
    const found = module.check(doc);
    if (!found) return pass(module.id, module.expected);
    return fail(module.id, module.expected, found.actual, `${found.message} (see ${module.lesson})`);
  };
}

/** `{ [id]: rule }` for a list of modules, for a RuleSet's `rules`. */
export function ruleTable<T>(modules: Array<RuleModule<T>>): Record<string, Rule<T>> {
  return Object.fromEntries(modules.map((m) => [m.id, toRule(m)]));
}
