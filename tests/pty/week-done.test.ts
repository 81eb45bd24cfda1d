import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

describe.skipIf(!hasTmux)('week N --done in a terminal', () => {
  it('asks before marking a week with unfinished exercises complete; no keeps it open, yes marks it', async () => {
    const box = await initialised();
    const env = { BACKEND_ROADMAP_HOME: box.home };

    const declined = openTerminal(['week', '2', '--done'], { env });
    const asked = (await declined.waitFor('(y/N)')).replaceAll('\n', '');
    expect(asked).toMatch(/Week 2 has 3 exercises not passed yet \(.+\)\. Mark it complete anyway\?/);
    declined.type('n');
    declined.keys('Enter');
    expect(await declined.exitCode()).toBe(0);
    expect(declined.screen()).toContain('Nothing changed.');
    let status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.overall.completedWeeks).toBe(0);

    const accepted = openTerminal(['week', '2', '--done'], { env });
    await accepted.waitFor('Mark it complete anyway?');
    accepted.type('y');
    accepted.keys('Enter');
    expect(await accepted.exitCode()).toBe(0);
    expect(accepted.screen()).toContain('Week 2 marked complete.');
    status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.overall.completedWeeks).toBe(1);

    // status: a week marked done shows as done (✔, full bar, "marked done"), not as "0/3 exercises"
    expect((await box.run(['status'])).stdout).toMatch(/✔ Week {2}2 .+100% marked done/);
    await box.run(['week', '2', '--undo']);
    const undone = (await box.run(['status'])).stdout;
    expect(undone).toMatch(/ {3}Week {2}2 .+ 0% 0\/3 exercises/);
  }, 90_000);
});
