import { describe, expect, it } from 'vitest';
import { initialised } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

// What a learner sees in an 80×24 terminal: nothing wraps, the lesson reads like a page.
describe.skipIf(!hasTmux)('output in an 80×24 terminal', () => {
  it('status: every week on one row; in 24 rows the compact form, heading still visible', async () => {
    const box = await initialised();
    const full = openTerminal(['status'], { env: { BACKEND_ROADMAP_HOME: box.home }, rows: 40 });
    const screen = await full.waitFor(/^ {6}backend-roadmap week 1$/m); // the last line: all drawn
    expect(await full.exitCode()).toBe(0);
    expect(screen).toMatch(/^ {3}Week {2}2 {2}Operators, Type Conversion and For… ░+ +0% 0\/3 exercises$/m);
    expect(screen).toMatch(/^ {3}Week 15 {2}Portfolio Projects +░+ +0% 0\/1 exercise$/m);
    expect(screen.split('\n').filter((l) => /Week +\d+ /.test(l))).toHaveLength(16);

    const compact = openTerminal(['status'], { env: { BACKEND_ROADMAP_HOME: box.home } });
    const small = await compact.waitFor(/^ {6}backend-roadmap week 1$/m);
    expect(await compact.exitCode()).toBe(0);
    expect(small.split('\n')[0]).toBe('backend-roadmap — Test Learner · Node.js track');
    expect(small).toMatch(/^Next: /m);
    expect(small).toMatch(/^ Month 4 {2}DevOps & Career/m);
  });

  it('week 3 opens in the pager with prose wrapped at word boundaries to 80 columns', async () => {
    const box = await initialised();
    const term = openTerminal(['week', '3'], { env: { BACKEND_ROADMAP_HOME: box.home, PAGER: 'less' } });
    const first = await term.waitFor('Conditions are checked');
    expect(first.split('\n')[0]).toBe('# Week 3 — Control Flow');
    expect(first).toContain('Business rules are branches. "Admins can delete any post, authors can delete\ntheir own');
    term.keys('q');
    expect(await term.exitCode()).toBe(0);
  });
});
