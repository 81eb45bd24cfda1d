import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

describe.skipIf(!hasTmux)('init in a real terminal', () => {
  it('Ctrl-C at the first prompt exits 130 and leaves no data behind', async () => {
    const home = join(tempDir(), 'data');
    const term = openTerminal(['init'], { env: { BACKEND_ROADMAP_HOME: home } });
    await term.waitFor(/name/i);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen()).toContain('Cancelled.');
    expect(existsSync(home) ? readdirSync(home) : []).toEqual([]);
  });

  it('expands ~ in the workspace answer, says where it goes, and accepts 1,5 hours', async () => {
    const root = tempDir();
    const env = { BACKEND_ROADMAP_HOME: join(root, 'data'), HOME: root };
    const term = openTerminal(['init'], { env });
    await term.waitFor('Your name');
    term.type('Ada');
    term.keys('Enter');
    await term.waitFor('Which track?');
    term.keys('Enter');
    await term.waitFor('Hours you can study');
    term.type('1,5');
    term.keys('Enter');
    await term.waitFor('Start date');
    term.keys('Enter');
    const prompt = await term.waitFor('Workspace folder');
    expect(prompt).toContain('~/backend-roadmap'); // the default is the learner's home, not the clone
    term.type('~/study');
    term.keys('Enter');
    expect(await term.exitCode()).toBe(0);
    const screen = term.screen();
    expect(screen).toContain(`Workspace: ${join(root, 'study')} (will be created)`);
    expect(screen).toContain('1.5 h/week');
    expect(screen).toContain('Next: read your first lesson with  backend-roadmap week 1');
    expect(existsSync(join(root, 'study', 'week-01'))).toBe(true);
  });

  it('init --force starts from the current answers', async () => {
    const box = await initialised('python');
    const term = openTerminal(['init', '--force', '--track', 'node'], { env: { BACKEND_ROADMAP_HOME: box.home } });
    await term.waitFor('Your name (Test Learner)');
    term.keys('Enter');
    await term.waitFor('Hours you can study per week (6)');
    term.keys('Enter');
    await term.waitFor('Start date (YYYY-MM-DD) (2026-11-01)');
    term.keys('Enter');
    await term.waitFor(box.workspace.replace(/^.*\//, ''));
    term.keys('Enter');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen()).toContain('Profile re-created, Test Learner! Node.js track, 6 h/week from 2026-11-01.');
  });
});
