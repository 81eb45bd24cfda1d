import { readFile } from 'node:fs/promises';
import type { CaseResult, CheckContext, Checker, CheckResult } from '../types.js';
import { composeRules } from './static-rules/compose.js';
import { dockerfileRules } from './static-rules/dockerfile.js';
import { readmeRules } from './static-rules/readme.js';
import type { RuleSet } from './static-rules/shared.js';

/**
 * The `static` checker: parses a Dockerfile, docker-compose.yml or README.md and reports one case
 * per rule named in the exercise's `static.rules`. Nothing is executed.
 */
export const staticChecker: Checker = {
  async run(ctx: CheckContext): Promise<CheckResult> {
    const spec = ctx.exercise.static;
    if (!spec) return broken(`exercise ${ctx.exercise.id} uses the static checker but has no static: block`);
    let text: string;
    try {
      // Some Windows editors start files with a byte-order mark; it is not part of the first line.
      text = (await readFile(ctx.learnerFile, 'utf8')).replace(/^\uFEFF/, '');
    } catch (err) {
      return broken(`cannot read ${ctx.learnerFile}: ${(err as Error).message}`);
    }
    switch (spec.kind) {
      case 'dockerfile': return check(dockerfileRules, text, spec.rules);
      case 'compose': return check(composeRules, text, spec.rules);
      case 'readme': return check(readmeRules, text, spec.rules);
    }
  },
};

/** Parses the text once, then runs each requested rule on the result. */
export function check<T>(set: RuleSet<T>, text: string, ruleNames: string[]): CheckResult {
  const unknown = ruleNames.filter((name) => !Object.hasOwn(set.rules, name));
  if (unknown.length > 0) {
    return broken(`unknown ${set.label} rule(s): ${unknown.join(', ')} (known: ${Object.keys(set.rules).join(', ')})`);
  }
  const parsed = set.parse(text);
  if (!parsed.ok) return broken(`${set.label} could not be parsed (line ${parsed.line}): ${parsed.message}`);
  const cases = ruleNames.map((name) => runRule(set, name, parsed.value));
  return { passed: cases.every((c) => c.passed), cases, output: '' };
}

function runRule<T>(set: RuleSet<T>, name: string, doc: T): CaseResult {
  const rule = set.rules[name];
  try {
    if (!rule) throw new Error('no such rule');
    return rule(doc);
  } catch (err) {
    // a rule that throws is a bug in the rule, not in the learner's file: report it as a failed case
    return { name, passed: false, message: `internal error in rule ${name}: ${(err as Error).message}` };
  }
}

function broken(error: string): CheckResult {
  return { passed: false, cases: [], output: '', error };
}
