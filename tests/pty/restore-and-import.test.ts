import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

describe.skipIf(!hasTmux)('confirmations in a terminal', { timeout: 120_000 }, () => {
  it('progress restore asks first; answering no changes nothing, yes puts the backup back', async () => {
    const box = await initialised();
    await box.run(['checkin', '--hours', '1', '--confidence', '3']);
    const [daily] = readdirSync(join(box.home, 'backups'));
    const env = { BACKEND_ROADMAP_HOME: box.home };

    const no = openTerminal(['progress', 'restore', daily!], { env });
    await no.waitFor(/Replace your progress with/);
    no.type('n');
    no.keys('Enter');
    expect(await no.exitCode()).toBe(0);
    expect(no.screen()).toContain('Nothing changed.');
    expect(JSON.parse((await box.run(['progress', '--json'])).stdout).checkins).toHaveLength(1);

    const yes = openTerminal(['progress', 'restore', daily!], { env });
    await yes.waitFor(/Replace your progress with/);
    yes.type('y');
    yes.keys('Enter');
    expect(await yes.exitCode()).toBe(0);
    expect(yes.screen().replaceAll('\n', '')).toMatch(/Restored .*previous progress is in/); // unwrap the 80-column lines
    expect(JSON.parse((await box.run(['progress', '--json'])).stdout).checkins).toHaveLength(0);
  });

  it('progress import asks before using the imported profile’s workspace', async () => {
    const from = await initialised();
    const file = join(from.home, '..', 'export.json');
    writeFileSync(file, (await from.run(['progress', 'export'])).stdout);
    const fresh = sandbox();
    const t = openTerminal(['progress', 'import', file], { env: { BACKEND_ROADMAP_HOME: fresh.home } });
    await t.waitFor(new RegExp(`Write your files to ${from.workspace.replaceAll('/', '\\/')}`));
    t.type('y');
    t.keys('Enter');
    expect(await t.exitCode()).toBe(0);
    expect(JSON.parse((await fresh.run(['progress', 'export'])).stdout).profile.workspace).toBe(from.workspace);
  });
});
