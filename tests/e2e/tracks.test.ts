import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';

describe('tracks', () => {
  it('gives Python learners their Python and the shared SQL exercises but not the JavaScript ones', async () => {
    const box = await initialised('python');
    const sqlWeek = JSON.parse((await box.run(['exercise', 'list', '--week', '5', '--json'])).stdout);
    expect(sqlWeek.length).toBeGreaterThanOrEqual(3);
    expect(sqlWeek.every((e: { checker: string }) => e.checker === 'sql')).toBe(true);
    const pyWeek = JSON.parse((await box.run(['exercise', 'list', '--week', '1', '--json'])).stdout);
    expect(pyWeek.length).toBeGreaterThanOrEqual(3);
    expect(pyWeek.every((e: { checker: string }) => e.checker === 'python-unittest')).toBe(true);
    const other = await box.run(['exercise', 'start', 'describe-type']);
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toMatch(/belongs to the node track/);
  });

  it('gives Node learners both their JavaScript and the shared SQL exercises', async () => {
    const box = await initialised('node');
    const status = JSON.parse((await box.run(['status', '--json'])).stdout);
    const weeks = status.months.flatMap((m: { weeks: { week: number; exercises: { total: number } }[] }) => m.weeks);
    expect(weeks.find((w: { week: number }) => w.week === 1).exercises.total).toBeGreaterThanOrEqual(3);
    expect(weeks.find((w: { week: number }) => w.week === 5).exercises.total).toBeGreaterThanOrEqual(3);
  });
});
