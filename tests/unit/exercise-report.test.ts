import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/exercises/types.js';
import { printCheckResult } from '../../src/ui/exercise-report.js';

function printed(result: CheckResult, checker: 'static' | 'node-test'): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  printCheckResult(result, checker);
  vi.restoreAllMocks();
  return out;
}

const fiveFailures: CheckResult = {
  passed: false,
  output: '',
  cases: [1, 2, 3, 4, 5].map((n) => ({ name: `rule-${n}`, passed: false, message: `why rule ${n} failed` })),
};

afterEach(() => vi.restoreAllMocks());

describe('printCheckResult', () => {
  it('explains every failed static rule, not just the first three', () => {
    const out = printed(fiveFailures, 'static');
    for (const n of [1, 2, 3, 4, 5]) expect(out).toContain(`why rule ${n} failed`);
  });

  it('details the first three failing test cases and names the rest', () => {
    const out = printed(fiveFailures, 'node-test');
    expect(out).toContain('why rule 3 failed');
    expect(out).not.toContain('why rule 4 failed');
    expect(out).toContain('rule-5');
  });
});
