import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';

const longest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('status and progress fit an 80×24 terminal and count alike', () => {
  it('status rows fit 80 columns; --compact fits 24 lines; plurals agree with their numbers', async () => {
    const box = await initialised();
    await box.run(['checkin', '--hours', '1', '--confidence', '3']);
    await box.run(['week', '1', '--done']);
    const status = (await box.run(['status'])).stdout;
    expect(longest(status)).toBeLessThanOrEqual(80);
    expect(status).toContain('Streak        1 day · 1 week');
    expect(status).toMatch(/Week 15 .* 0\/1 exercise$/m);
    expect(status).toMatch(/Week 16 .* 0\/2 exercises$/m);
    expect(status).toContain('1/16 weeks');

    const compact = (await box.run(['status', '--compact'])).stdout;
    expect(compact.trimEnd().split('\n').length).toBeLessThanOrEqual(24);
    expect(longest(compact)).toBeLessThanOrEqual(80);
    expect(compact).toMatch(/Month 1 .* 1\/4 weeks$/m);
    expect(compact).toMatch(/▶ Week  2/); // the current month's weeks are listed
    expect(compact).not.toMatch(/Week  5/); // other months are one line each
    expect(compact).toContain('Next:');

    const progress = (await box.run(['progress'])).stdout;
    expect(longest(progress)).toBeLessThanOrEqual(80);
    expect(progress).toContain('Streak           1 day · 1 week');
    expect(progress).toContain('Check-ins        1 check-in');
    expect(progress).toMatch(/15 Portfolio Projects .* 0\/1 exercise$/m);
  });
});
