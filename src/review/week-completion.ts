import type { StageOutcome } from './types.js';

/**
 * The weeks whose every stage (of this project) passed in this run. Stages stop at the first
 * failure, so a stage that did not run counts as not passed.
 */
export function weeksPassed(stages: { id: string; week: number }[], outcomes: StageOutcome[]): number[] {
  const passed = new Set(outcomes.filter((o) => o.passed).map((o) => o.id));
  const weeks = [...new Set(stages.map((s) => s.week))];
  return weeks.filter((w) => stages.filter((s) => s.week === w).every((s) => passed.has(s.id))).sort((a, b) => a - b);
}
