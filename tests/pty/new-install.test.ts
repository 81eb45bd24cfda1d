import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';
import { tempDir } from '../helpers/temp.js';

describe.skipIf(!hasTmux)('new … --install in a terminal', () => {
  it('Ctrl-C during the install prints "Cancelled.", exits 130 and records no project', async () => {
    const box = await initialised();
    // an npm that never finishes: the install is interrupted half-way, offline
    const bin = tempDir('brm-fake-npm-');
    // (only `npm install` hangs: a version probe before it must not look like the install)
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\n[ "$1" = install ] || { echo 11.0.0; exit 0; }\necho "fake npm: installing"\nexec sleep 60\n');
    chmodSync(join(bin, 'npm'), 0o755);
    const target = join(box.workspace, 'my-calc');
    const t = openTerminal(['new', 'calculator', target, '--install', '--pm', 'npm'], {
      env: { BACKEND_ROADMAP_HOME: box.home, PATH: `${bin}:${process.env.PATH}` },
    });
    await t.waitFor('fake npm: installing', 30_000);
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    const screen = t.screen();
    expect(screen).toContain('Cancelled.');
    expect(screen.replaceAll('\n', '')).toContain('is not recorded as generated');
    expect(existsSync(join(target, 'package.json'))).toBe(true); // the files are complete, only the install is not
    const progress = JSON.parse((await box.run(['progress', '--json'])).stdout) as { projects: unknown[] };
    expect(progress.projects).toEqual([]);
  }, 60_000);
});
