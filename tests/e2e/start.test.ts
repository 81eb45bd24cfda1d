import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const npmStart = { npm_command: 'start', npm_lifecycle_event: 'start', npm_package_name: 'backend-roadmap', npm_lifecycle_script: 'node bin/backend-roadmap.js' };

describe('suggested commands run as printed', () => {
  it('under npm start every Next line starts with npm start --', async () => {
    const box = sandbox();
    const init = await box.run(['init', '--yes', '--dir', box.workspace], { env: npmStart });
    expect(init.stdout).toContain('Next: read your first lesson with  npm start -- week 1');
    expect(init.stdout).toContain('npm link');
    const status = await box.run(['status'], { env: npmStart });
    expect(status.stdout).toMatch(/^\s+npm start -- week 1$/m);
    const wrong = await box.run(['exercise', 'start', 'no-such-exercise'], { env: npmStart });
    expect(wrong.stderr).toContain('npm start -- exercise list');
    expect(`${status.stdout}${wrong.stderr}`).not.toMatch(/(?<!-- )backend-roadmap (week|exercise) /);
  });

  it('under npx they start with npx backend-roadmap, installed with the bare name', async () => {
    const box = sandbox();
    const viaNpx = await box.run([], { env: { npm_command: 'exec', npm_lifecycle_event: 'npx' } });
    expect(viaNpx.stdout).toContain('Start with:  npx backend-roadmap init');
    expect((await box.run([])).stdout).toContain('Start with:  backend-roadmap init');
  });
});

describe('init defaults and changes', () => {
  it('puts the default workspace in ~/backend-roadmap and expands ~ in --dir', async () => {
    const box = sandbox();
    const home = tempDir();
    const r = await box.run(['init', '--yes'], { env: { HOME: home } });
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(home, 'backend-roadmap', 'week-16'))).toBe(true);
    const again = await box.run(['init', '--force', '--dir', '~/elsewhere'], { env: { HOME: home } });
    expect(again.exitCode).toBe(0);
    expect(existsSync(join(home, 'elsewhere', 'week-01'))).toBe(true);
  });

  it('init --force without a terminal keeps every answer not given', async () => {
    const box = await initialised('python');
    const r = await box.run(['init', '--force', '--hours', '3,5']);
    expect(r.exitCode).toBe(0);
    const { profile } = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(profile).toMatchObject({ name: 'Test Learner', track: 'python', hoursPerWeek: 3.5, startDate: '2026-11-01', workspace: box.workspace });
  });

  it('an existing profile points to config for one change', async () => {
    const box = await initialised();
    const r = await box.run(['init', '--hours', '6']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('backend-roadmap config set hours 6');
  });

  it('config shows, reads and changes one setting, validated like init', async () => {
    const box = await initialised();
    expect((await box.run(['config'])).stdout).toMatch(/^hours\s+6$/m);
    expect((await box.run(['config', 'set', 'hours', '1,5'])).stdout).toContain('hours: 6 → 1.5');
    expect((await box.run(['config', 'get', 'hours'])).stdout.trim()).toBe('1.5');
    const bad = await box.run(['config', 'set', 'start', '2026-02-30']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/);
    const unknown = await box.run(['config', 'get', 'colour']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('name, track, hours, start, workspace');
    const moved = join(tempDir(), 'ws2');
    expect((await box.run(['config', 'set', 'workspace', moved])).exitCode).toBe(0);
    expect(existsSync(join(moved, 'week-03'))).toBe(true);
    expect((await box.run(['config', 'get', 'workspace'])).stdout.trim()).toBe(moved);
  });
});
