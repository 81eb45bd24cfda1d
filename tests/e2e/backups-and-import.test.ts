import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../src/curriculum/load.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { loadMigrations } from '../../src/store/db.js';
import { initialised, sandbox, type Sandbox } from '../helpers/cli.js';

const backups = (box: Sandbox) => readdirSync(join(box.home, 'backups')).sort();
const checkinCount = async (box: Sandbox) => (JSON.parse((await box.run(['progress', '--json'])).stdout) as { checkins: unknown[] }).checkins.length;
const twoDaysAgo = () => new Date(Date.now() - 2 * 24 * 3600 * 1000);

describe('automatic backups', { timeout: 120_000 }, () => {
  it('takes one daily backup on write (none on a read, none twice a day) and keeps the last 7', async () => {
    const box = await initialised();
    expect(backups(box)).toHaveLength(1); // init wrote: the first daily backup
    expect(backups(box)[0]).toMatch(/^progress-.+-daily\.db$/);
    await box.run(['checkin', '--hours', '1', '--confidence', '3']);
    expect(backups(box)).toHaveLength(1);

    const first = join(box.home, 'backups', backups(box)[0]!);
    utimesSync(first, twoDaysAgo(), twoDaysAgo());
    await box.run(['status']);
    expect(backups(box)).toHaveLength(1); // reading commands never copy the database
    await box.run(['checkin', '--hours', '2', '--confidence', '3']);
    expect(backups(box)).toHaveLength(2);

    for (let day = 10; day < 18; day++) {
      const old = join(box.home, 'backups', `progress-2026-01-${day}T00-00-00.000Z-daily.db`);
      copyFileSync(first, old);
      utimesSync(old, twoDaysAgo(), twoDaysAgo());
    }
    const newest = join(box.home, 'backups', backups(box).at(-1)!);
    utimesSync(newest, twoDaysAgo(), twoDaysAgo());
    await box.run(['checkin', '--hours', '1', '--confidence', '3']);
    const kept = backups(box);
    expect(kept).toHaveLength(7);
    expect(kept.some((n) => n.includes('2026-01-10'))).toBe(false); // the oldest went first
  });

  it('backs up before a migration, and the backup still has the old schema', async () => {
    const box = sandbox();
    const file = join(box.home, 'progress.db');
    mkdirSync(box.home, { recursive: true });
    const old = new Database(file);
    for (const m of loadMigrations().filter((m) => m.version <= 2)) old.exec(m.sql);
    old.pragma('user_version = 2');
    old.close();
    expect((await box.run([])).exitCode).toBe(0);
    const [backup] = backups(box).filter((n) => n.endsWith('-before-migration.db'));
    expect(backup).toBeDefined();
    const copy = new Database(join(box.home, 'backups', backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
  });

  it('restore lists backups, asks (or needs --yes), saves the current database first and puts the backup back', async () => {
    const box = await initialised();
    await box.run(['checkin', '--hours', '1', '--confidence', '3']);
    const [daily] = backups(box);
    const listed = await box.run(['progress', 'restore', '--list']);
    expect(listed.stdout).toContain(daily);

    const refused = await box.run(['progress', 'restore', daily!]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(await checkinCount(box)).toBe(1);

    const restored = await box.run(['progress', 'restore', daily!, '--yes']);
    expect(restored.exitCode).toBe(0);
    expect(await checkinCount(box)).toBe(0); // the daily backup was taken right after init
    expect(backups(box).some((n) => n.endsWith('-before-restore.db'))).toBe(true);
    const unknown = await box.run(['progress', 'restore', 'nope.db', '--yes']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/No backup named nope\.db/);
  });

  it('restore also replaces a database that no longer opens, keeping its bytes', async () => {
    const box = await initialised();
    const [daily] = backups(box);
    writeFileSync(join(box.home, 'progress.db'), 'overwritten by accident');
    for (const side of ['-wal', '-shm']) rmSync(join(box.home, `progress.db${side}`), { force: true });
    expect((await box.run(['status'])).stderr).toMatch(/not a SQLite database/);
    expect((await box.run(['progress', 'restore', daily!, '--yes'])).exitCode).toBe(0);
    expect((await box.run(['status'])).exitCode).toBe(0);
    const raw = backups(box).find((n) => n.includes('before-restore'));
    expect(readFileSync(join(box.home, 'backups', raw!), 'utf8')).toBe('overwritten by accident');
  });
});

describe('exercise reset', { timeout: 120_000 }, () => {
  it('never overwrites an earlier backup of the learner’s file', async () => {
    const box = await initialised();
    const exercise = loadExercises().find((e) => exerciseFitsTrack(e.track, 'node') && e.week === 1)!;
    const file = learnerFilePath(box.workspace, exercise);
    await box.run(['exercise', 'start', exercise.id]);
    writeFileSync(file, '// first try\n');
    await box.run(['exercise', 'reset', exercise.id, '--yes']);
    writeFileSync(file, '// second try\n');
    const second = await box.run(['exercise', 'reset', exercise.id, '--yes']);
    expect(second.stdout).toContain(`${file}.bak.2`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('// first try\n');
    expect(readFileSync(`${file}.bak.2`, 'utf8')).toBe('// second try\n');
  });
});

describe('progress import', { timeout: 120_000 }, () => {
  async function exported(): Promise<{ box: Sandbox; data: Record<string, any> }> {
    const box = await initialised();
    await box.run(['checkin', '--hours', '1', '--confidence', '3', '--notes', 'fine']);
    const data = JSON.parse((await box.run(['progress', 'export'])).stdout);
    data.quizResults = [{ uid: 'quiz-0001', week: 1, created_at: '2026-11-02T10:00:00.000Z', score: 3, total: 5, answers: '[0,1,2]' }];
    data.projects = [{ uid: 'proj-0001', template: 'calculator', path: '/tmp/calc', options: '{"lang":"node"}', created_at: '2026-11-02T10:00:00.000Z' }];
    return { box, data };
  }

  // the full list of forgeries is in tests/unit/transfer.test.ts; here: the CLI refuses and stays usable
  const forgeries: [string, (d: Record<string, any>) => void, RegExp][] = [
    ['an impossible date', (d) => (d.checkins[0].day = '2026-02-30'), /checkins\.0\.day/],
    ['a JSON column that does not parse', (d) => (d.quizResults[0].answers = '[0,1,'), /quizResults\.0\.answers/],
  ];

  it('refuses each forged field, naming it, and every command still works afterwards', async () => {
    const { box, data } = await exported();
    const file = join(box.workspace, 'forged.json');
    for (const [name, forge, field] of forgeries) {
      const forged = structuredClone(data);
      forge(forged);
      writeFileSync(file, JSON.stringify(forged));
      const refused = await box.run(['progress', 'import', file]);
      expect(refused.exitCode, name).toBe(2);
      expect(refused.stderr, name).toMatch(field);
      expect(refused.stderr, name).toMatch(/Nothing was imported/);
    }
    for (const args of [['status'], ['progress'], ['progress', 'export'], ['exercise', 'list']]) expect((await box.run(args)).exitCode).toBe(0);
    expect(await checkinCount(box)).toBe(1);
  });

  it('accepts the well-formed file, backing up first', async () => {
    const { box, data } = await exported();
    const file = join(box.workspace, 'good.json');
    writeFileSync(file, JSON.stringify(data));
    const imported = await box.run(['progress', 'import', file]);
    expect(imported.exitCode).toBe(0);
    expect(backups(box).some((n) => n.endsWith('-before-import.db'))).toBe(true);
    expect((await box.run(['status'])).exitCode).toBe(0);
  });

  it('never takes the workspace of an imported profile without the learner saying so', async () => {
    const { data } = await exported();
    const fresh = sandbox();
    const file = join(fresh.home, '..', 'export.json');
    writeFileSync(file, JSON.stringify(data));
    const asked = await fresh.run(['progress', 'import', file]);
    expect(asked.exitCode).toBe(2);
    expect(asked.stderr).toMatch(/--yes or --workspace <dir>/);
    expect(JSON.parse((await fresh.run(['progress', 'export'])).stdout).profile).toBeNull();

    const chosen = join(fresh.home, '..', 'my-folder');
    expect((await fresh.run(['progress', 'import', file, '--workspace', chosen])).exitCode).toBe(0);
    expect(JSON.parse((await fresh.run(['progress', 'export'])).stdout).profile.workspace).toBe(chosen);
  });
});
