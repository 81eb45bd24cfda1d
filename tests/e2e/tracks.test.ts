import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';

const exercisesDir = fileURLToPath(new URL('../../curriculum/exercises', import.meta.url));

describe('tracks', () => {
  it('gives Python learners Python and shared SQL exercises but not the JavaScript ones', async () => {
    const box = await initialised('python');
    const sqlWeek = JSON.parse((await box.run(['exercise', 'list', '--week', '5', '--json'])).stdout);
    expect(sqlWeek.length).toBeGreaterThanOrEqual(3);
    expect(sqlWeek.every((e: { checker: string }) => e.checker === 'sql')).toBe(true);
    const week1 = JSON.parse((await box.run(['exercise', 'list', '--week', '1', '--json'])).stdout);
    expect(week1.length).toBeGreaterThanOrEqual(3);
    expect(week1.every((e: { checker: string }) => e.checker === 'python-unittest')).toBe(true);
    const other = await box.run(['exercise', 'start', 'describe-type']);
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toMatch(/belongs to the node track/);
  });

  it('checks a Python exercise: the starter fails case by case, the solution passes and is recorded', async () => {
    const box = await initialised('python');
    const started = await box.run(['exercise', 'start', 'type-conversion-py']);
    expect(started.exitCode).toBe(0);
    const file = join(box.workspace, 'week-02', 'type_conversion.py');
    expect(existsSync(file)).toBe(true);

    const failing = await box.run(['exercise', 'verify', 'type-conversion-py']);
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toMatch(/✘ to_number\("42"\) returns the int 42/);
    expect(failing.stdout).not.toMatch(/Traceback|runner\.py/);

    copyFileSync(join(exercisesDir, 'type-conversion-py', 'solution.py'), file);
    const passing = await box.run(['exercise', 'verify', 'type-conversion-py']);
    expect(passing.exitCode).toBe(0);
    const list = JSON.parse((await box.run(['exercise', 'list', '--week', '2', '--json'])).stdout);
    expect(list.find((e: { id: string }) => e.id === 'type-conversion-py').state).toBe('passed');
  });

  it('says in one line what to install when no Python 3.11+ is found', async () => {
    const box = await initialised('python');
    await box.run(['exercise', 'start', 'type-conversion-py']);
    const r = await box.run(['exercise', 'verify', 'type-conversion-py'], { env: { BACKEND_ROADMAP_PYTHON: '/nonexistent/python3' } });
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/No Python found \(tried \/nonexistent\/python3\)\. Install Python 3\.11 or newer/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('gives Node learners both their JavaScript and the shared SQL exercises', async () => {
    const box = await initialised('node');
    const status = JSON.parse((await box.run(['status', '--json'])).stdout);
    const weeks = status.months.flatMap((m: { weeks: { week: number; exercises: { total: number } }[] }) => m.weeks);
    expect(weeks.find((w: { week: number }) => w.week === 1).exercises.total).toBeGreaterThanOrEqual(3);
    expect(weeks.find((w: { week: number }) => w.week === 5).exercises.total).toBeGreaterThanOrEqual(3);
  });
});
