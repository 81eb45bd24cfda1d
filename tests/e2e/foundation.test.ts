import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';

describe('init', () => {
  it('creates the profile and the workspace from flags', async () => {
    const box = sandbox();
    const r = await box.run(['init', '--name', 'Ada', '--track', 'python', '--hours', '12', '--start', '2026-11-02', '--dir', box.workspace]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Welcome, Ada! Python track, 12 h/week from 2026-11-02');
    expect(existsSync(join(box.workspace, 'week-01'))).toBe(true);
    expect(existsSync(join(box.workspace, 'week-16'))).toBe(true);
    expect(readFileSync(join(box.workspace, 'README.md'), 'utf8')).toContain("Ada's backend-roadmap workspace");
    expect(existsSync(join(box.home, 'progress.db'))).toBe(true);
  });

  it('never waits without a terminal: exit 2 naming the missing flags', async () => {
    const box = sandbox();
    const r = await box.run(['init', '--name', 'Ada']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--track, --hours, --start, --dir/);
    expect(r.stderr).not.toMatch(/--name/);
    expect(r.stderr).not.toMatch(/at .*\.js/); // no stack trace
  });

  it('rejects bad flag values with one clear line', async () => {
    const box = sandbox();
    for (const [flag, value, expected] of [
      ['--track', 'ruby', /node or python/],
      ['--hours', 'lots', /hours per week/],
      ['--start', '2026-02-30', /YYYY-MM-DD/],
    ] as const) {
      const r = await box.run(['init', '--yes', flag, value]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(expected);
    }
    expect(existsSync(join(box.home, 'progress.db'))).toBe(false);
  });

  it('does not wipe progress when run again; --force re-creates the profile and keeps progress', async () => {
    const box = await initialised();
    await box.run(['checkin', '--hours', '2', '--confidence', '4']);
    const again = await box.run(['init', '--yes']);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr).toMatch(/--force/);
    const forced = await box.run(['init', '--force', '--name', 'Renamed', '--track', 'python', '--hours', '3', '--start', '2026-11-01', '--dir', box.workspace]);
    expect(forced.exitCode).toBe(0);
    const progress = JSON.parse((await box.run(['progress', '--json'])).stdout);
    expect(progress.profile.name).toBe('Renamed');
    expect(progress.checkins).toHaveLength(1);
  });
});

describe('status', () => {
  it('shows a welcome before init and the roadmap after', async () => {
    const box = sandbox();
    expect((await box.run([])).stdout).toContain('backend-roadmap init');
    expect((await box.run(['status'])).stderr).toMatch(/run `backend-roadmap init` first/);
    await box.run(['init', '--yes', '--dir', box.workspace]);
    const r = await box.run([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Month 1: Programming Fundamentals');
    expect(r.stdout).toMatch(/Week 16/);
    expect(r.stdout).toContain('Next:');
  });

  it('prints the same data as JSON', async () => {
    const box = await initialised();
    await box.run(['week', '1', '--done', '--force']);
    const data = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(data.months).toHaveLength(4);
    expect(data.months.flatMap((m: { weeks: unknown[] }) => m.weeks)).toHaveLength(16);
    expect(data.overall).toEqual({ completedWeeks: 1, totalWeeks: 16, ratio: 1 / 16 });
    expect(data.currentWeek).toBe(2);
    expect(data.streak.days).toBe(1);
    expect(data.next.command).toMatch(/^backend-roadmap /);
  });
});

describe('week', () => {
  it('renders the lesson in the learner’s track only', async () => {
    const box = await initialised('python');
    const r = await box.run(['week', '1']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Week 1/);
    const node = await box.run(['week', '1', '--track', 'node']);
    expect(node.stdout).not.toBe(r.stdout);
    expect(node.stdout).toMatch(/const /);
    expect(r.stdout).not.toMatch(/\bconst \w+ = /);
  });

  it('remembers that the lesson was read and moves the next action on to the exercises', async () => {
    const box = await initialised();
    let status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.next.command).toBe('backend-roadmap week 1');
    await box.run(['week', '1']);
    status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.months[0].weeks[0].lessonViewed).toBe(true);
    expect(status.next.command).toMatch(/^backend-roadmap exercise start /);
  });

  it('lists topics, and marks weeks done and undone', async () => {
    const box = await initialised();
    const list = await box.run(['week', '5', '--list']);
    expect(list.stdout).toMatch(/Topics/);
    const refused = await box.run(['week', '3', '--done']); // exercises unfinished, no terminal to ask in
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/Week 3 has 4 exercises not passed yet \(.+\): pass --force to mark it complete anyway/);
    expect((await box.run(['week', '3', '--done', '--force'])).stdout).toMatch(/Week 3 marked complete/);
    let status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.overall.completedWeeks).toBe(1);
    await box.run(['week', '3', '--undo']);
    status = JSON.parse((await box.run(['status', '--json'])).stdout);
    expect(status.overall.completedWeeks).toBe(0);
  });

  it('rejects weeks outside 1..16 with exit 2 and one line', async () => {
    const box = await initialised();
    for (const bad of ['0', '17', 'abc', '2.5']) {
      const r = await box.run(['week', bad]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/1 to 16/);
    }
  });
});

describe('checkin and progress', () => {
  it('records a check-in from flags and prints streak and pace', async () => {
    const box = await initialised();
    const r = await box.run(['checkin', '--hours', '1.5', '--confidence', '3', '--built', 'a parser', '--blockers', 'none', '--notes', 'fun']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Streak: 1 day/);
    expect(r.stdout).toMatch(/Pace: .+; check in a few times to see your own pace\./); // one check-in: the plan, no made-up date
    const progress = JSON.parse((await box.run(['progress', '--json'])).stdout);
    expect(progress.checkins[0]).toMatchObject({ hours: 1.5, confidence: 3, built: 'a parser', blockers: 'none', notes: 'fun' });
    expect(progress.hoursLogged).toBe(1.5);
  });

  it('asks for nothing without a terminal and names the missing flags', async () => {
    const box = await initialised();
    const r = await box.run(['checkin', '--built', 'x']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--hours, --confidence/);
    const bad = await box.run(['checkin', '--hours', '2', '--confidence', '9']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/1 \(lost\) to 5/);
  });

  it('exports and imports progress without duplicates, refusing bad files', async () => {
    const a = await initialised();
    await a.run(['checkin', '--hours', '2', '--confidence', '4']);
    await a.run(['week', '1', '--done', '--force']);
    const file = join(a.workspace, 'backup.json');
    expect((await a.run(['progress', 'export', file])).exitCode).toBe(0);
    expect((await a.run(['progress', 'export', file])).exitCode).toBe(2); // never overwrites silently

    const b = await initialised();
    await b.run(['checkin', '--hours', '1', '--confidence', '2']);
    const imported = await b.run(['progress', 'import', file]);
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toMatch(/added 1 check-in, .*1 week newly complete/);
    await b.run(['progress', 'import', file]);
    const progress = JSON.parse((await b.run(['progress', '--json'])).stdout);
    expect(progress.checkins).toHaveLength(2);
    expect(progress.overall.completedWeeks).toBe(1);

    writeFileSync(join(b.workspace, 'bad.json'), JSON.stringify({ format: 'nope' }));
    const refused = await b.run(['progress', 'import', join(b.workspace, 'bad.json')]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/Refused .*bad\.json.*Nothing was imported/);
    expect((await b.run(['progress', 'import', join(b.workspace, 'missing.json')])).stderr).toMatch(/no such file/);
  });
});

describe('doctor', () => {
  it('reports required and optional tools as JSON and exits 0 when required ones exist', async () => {
    const box = await initialised();
    const r = await box.run(['doctor', '--json']);
    expect(r.exitCode).toBe(0);
    const data = JSON.parse(r.stdout);
    const names = data.checks.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['node', 'npm', 'git', 'python', 'psql', 'docker', 'redis-cli']));
    expect(data.checks.find((c: { name: string }) => c.name === 'node')).toMatchObject({ required: true, ok: true });
    expect(data.checks.find((c: { name: string }) => c.name === 'docker').required).toBe(false);
  });

  it('fails with exit 1 when a required tool is missing', async () => {
    const box = await initialised();
    const r = await box.run(['doctor', '--track', 'python'], { env: { PATH: '/nonexistent' } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/required tool\(s\) missing/);
  });
});

describe('errors and output', () => {
  it('exits 2 on an unknown command and never prints a stack trace', async () => {
    const box = sandbox();
    const r = await box.run(['stauts']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
    expect(r.stderr).toMatch(/status/); // suggestion
  });

  it('reports a data dir holding a non-database file, leaving it untouched', async () => {
    const box = sandbox();
    await box.run(['init', '--yes', '--dir', box.workspace]);
    const db = join(box.home, 'progress.db');
    writeFileSync(db, 'not a database at all');
    const r = await box.run(['status']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(db);
    expect(readFileSync(db, 'utf8')).toBe('not a database at all');
  });

  it('prints no colour codes with NO_COLOR or --no-color', async () => {
    const box = await initialised();
    const forced = await box.run(['status'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const noColor = await box.run(['status'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const flag = await box.run(['status', '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });

  it('NO_COLOR also switches off syntax highlighting in lessons', async () => {
    const box = await initialised();
    const coloured = await box.run(['week', '3', '--no-pager'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const plain = await box.run(['week', '3', '--no-pager'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stdout).toContain('function describeStatus(code)');
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });
});
