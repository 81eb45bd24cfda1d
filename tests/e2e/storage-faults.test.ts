import Database from 'better-sqlite3';
import { execa, execaSync } from 'execa';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../src/curriculum/load.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { binPath, initialised, sandbox, type Sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// Slow on a busy machine: many CLI runs per test.
// Every fault here is real: another process holding the lock, a folder we may not write, a FIFO,
// a full file system. Each must end in one clear line, never a hang and never "unexpected failure".
const NEVER_HANG = { timeout: 20_000 };
const betterSqlite = fileURLToPath(new URL('../../node_modules/better-sqlite3/lib/index.js', import.meta.url));

function expectClearError(r: { exitCode: number; stderr: string }, message: RegExp): void {
  expect(r.exitCode).toBeGreaterThan(0);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/unexpected failure|\n\s+at /);
}

const mkfifo = (path: string) => execaSync('mkfifo', [path]);

/** Root ignores permission bits: run the CLI as nobody then, owning the sandbox. */
function unprivileged(box: Sandbox): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  execaSync('chown', ['-R', '65534:65534', dirname(box.home)]);
  return { uid: 65534, gid: 65534 };
}

describe('a lock held by another process', { timeout: 120_000 }, () => {
  it('a check-in waits the busy timeout, then says so in one line and prints the check-in back', async () => {
    const box = await initialised();
    const holder = execa(process.execPath, ['-e', `const D = require(${JSON.stringify(betterSqlite)}); const db = new D(process.argv[1]); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setInterval(() => {}, 1000);`, join(box.home, 'progress.db')]);
    try {
      await new Promise<void>((resolve) => holder.stdout!.on('data', () => resolve()));
      expect((await box.run(['status'], NEVER_HANG)).exitCode).toBe(0); // readers are not blocked
      const r = await box.run(['checkin', '--hours', '1.5', '--confidence', '4', '--built', "Ada's parser"], NEVER_HANG);
      expect(r.exitCode).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe('error: another backend-roadmap is writing; try again');
      expect(r.stderr).toContain(`backend-roadmap checkin --hours 1.5 --confidence 4 --built 'Ada'\\''s parser'`);
    } finally {
      holder.kill();
    }
    await holder.catch(() => undefined);
    expect((await box.run(['checkin', '--hours', '1.5', '--confidence', '4'])).exitCode).toBe(0);
  });
});

describe('a read-only data folder', { timeout: 120_000 }, () => {
  it('still shows status and exports; writing commands refuse in one line', async () => {
    const box = await initialised();
    const as = unprivileged(box);
    chmodSync(box.home, 0o555);
    chmodSync(join(box.home, 'progress.db'), 0o444);
    expect((await box.run(['status'], { ...as, ...NEVER_HANG })).exitCode).toBe(0);
    const exported = await box.run(['progress', 'export'], { ...as, ...NEVER_HANG });
    expect(exported.exitCode).toBe(0);
    expect(JSON.parse(exported.stdout).profile.name).toBe('Test Learner');
    const checkin = await box.run(['checkin', '--hours', '1', '--confidence', '3'], { ...as, ...NEVER_HANG });
    expectClearError(checkin, /read-only place: nothing was saved/);
    expect(checkin.stderr).toContain('backend-roadmap checkin --hours 1 --confidence 3');
    expectClearError(await box.run(['week', '1', '--done', '--force'], { ...as, ...NEVER_HANG }), /read-only/);
    chmodSync(box.home, 0o755);
  });

  it('a fresh data folder that cannot be created is one line too', async () => {
    const box = sandbox();
    mkdirSync(box.home, { recursive: true });
    const as = unprivileged(box);
    chmodSync(box.home, 0o555);
    const init = ['init', '--name', 'Ada', '--track', 'node', '--hours', '5', '--start', '2026-11-01', '--dir', box.workspace, '--yes'];
    expectClearError(await box.run(init, { ...as, ...NEVER_HANG }), /Cannot create the progress database .* read-only/);
    expect(existsSync(box.workspace)).toBe(false); // no workspace left behind
    expectClearError(await box.run(['status'], { ...as, ...NEVER_HANG }), /No profile yet/); // reading creates nothing
    chmodSync(box.home, 0o755);
  });
});

describe('things that are not what they should be', { timeout: 120_000 }, () => {
  it('a data folder that is a file, a database that is a folder, a FIFO or a dangling symlink', async () => {
    const root = tempDir();
    const cases: [string, () => void, RegExp][] = [
      ['file', () => writeFileSync(join(root, 'file'), 'x'), /data folder .* is a file/],
      ['folder', () => mkdirSync(join(root, 'folder', 'progress.db'), { recursive: true }), /progress database .* is a folder/],
      ['fifo', () => (mkdirSync(join(root, 'fifo')), mkfifo(join(root, 'fifo', 'progress.db'))), /is not a regular file/],
      ['dangling', () => (mkdirSync(join(root, 'dangling')), symlinkSync(join(root, 'nowhere'), join(root, 'dangling', 'progress.db'))), /symlink to nothing/],
      ['dangling-folder', () => symlinkSync(join(root, 'nowhere'), join(root, 'dangling-folder')), /data folder .* symlink to nothing/],
    ];
    for (const [name, make, message] of cases) {
      make();
      const r = await sandbox().run(['status'], { env: { BACKEND_ROADMAP_HOME: join(root, name) }, ...NEVER_HANG });
      expectClearError(r, message);
    }
  });

  it('a FIFO as import file, export target or learner file is refused without opening it', async () => {
    const box = await initialised();
    const fifo = join(box.workspace, 'export.json');
    mkfifo(fifo);
    expectClearError(await box.run(['progress', 'import', fifo], NEVER_HANG), /not a regular file/);
    expectClearError(await box.run(['progress', 'export', fifo, '--force'], NEVER_HANG), /not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true); // never renamed over

    const exercise = loadExercises().find((e) => exerciseFitsTrack(e.track, 'node') && e.week === 1)!;
    const file = learnerFilePath(box.workspace, exercise);
    mkdirSync(dirname(file), { recursive: true });
    mkfifo(file);
    expectClearError(await box.run(['exercise', 'verify', exercise.id], NEVER_HANG), /not a regular file/);
    rmSync(file);
    symlinkSync(join(box.workspace, 'gone.js'), file);
    expectClearError(await box.run(['exercise', 'verify', exercise.id], NEVER_HANG), /symlink to nothing/);
  });

  it('progress export writes a regular file only: a symlink or a folder at the name is refused, left as it was', async () => {
    const box = await initialised();
    const outside = join(tempDir(), 'elsewhere.json');
    writeFileSync(outside, 'not yours to replace');
    const link = join(box.workspace, 'linked.json');
    symlinkSync(outside, link);
    expectClearError(await box.run(['progress', 'export', link, '--force'], NEVER_HANG), /linked\.json is not a regular file/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('not yours to replace');
    const folder = join(box.workspace, 'folder.json');
    mkdirSync(folder);
    expectClearError(await box.run(['progress', 'export', folder, '--force'], NEVER_HANG), /folder\.json is not a regular file/);
    expect(lstatSync(folder).isDirectory()).toBe(true);
    const file = join(box.workspace, 'export.json');
    expect((await box.run(['progress', 'export', file], NEVER_HANG)).exitCode).toBe(0);
    expect(lstatSync(file).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('profile');
  });
});

describe('a database from a newer version', { timeout: 120_000 }, () => {
  it('is read but never written, WAL included', async () => {
    const box = await initialised();
    const file = join(box.home, 'progress.db');
    // leave it as a newer release would after a crash: a newer schema with changes still in the WAL
    const writer = execaSync(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(betterSqlite)}); const db = new D(process.argv[1]); db.pragma('wal_autocheckpoint = 0');
       db.pragma('user_version = 99'); db.exec("INSERT INTO lesson_views VALUES (2, '2026-11-02T00:00:00.000Z', '2026-11-02T00:00:00.000Z')");
       process.exit(0);`,
      file,
    ]);
    expect(writer.exitCode).toBe(0);
    const before = [readFileSync(file), readFileSync(`${file}-wal`)];
    expect(before[1]!.length).toBeGreaterThan(0);
    expect((await box.run(['status'], NEVER_HANG)).exitCode).toBe(0);
    expect((await box.run(['progress', 'export'], NEVER_HANG)).exitCode).toBe(0);
    expectClearError(await box.run(['checkin', '--hours', '1', '--confidence', '3'], NEVER_HANG), /newer backend-roadmap \(schema 99/);
    expectClearError(await box.run(['week', '2'], NEVER_HANG), /newer backend-roadmap/);
    expect(readFileSync(file).equals(before[0]!)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(before[1]!)).toBe(true);
  });
});

describe('a damaged database', { timeout: 120_000 }, () => {
  it('is reported by doctor (the only place that scans the whole file) and by commands that meet it', async () => {
    const box = await initialised();
    const file = join(box.home, 'progress.db');
    const db = new Database(file);
    const add = db.prepare("INSERT INTO checkins (uid, created_at, day, hours, confidence, notes) VALUES (?, '2026-11-02T00:00:00.000Z', '2026-11-02', 1, 3, ?)");
    for (let i = 0; i < 40; i++) add.run(`uid-${i}-padding`, 'x'.repeat(2000));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    const doctor = await box.run(['doctor', '--json'], NEVER_HANG);
    expect(doctor.exitCode).toBe(1);
    expect(JSON.parse(doctor.stdout).database.state).not.toBe('ok');
    expectClearError(await box.run(['progress', '--json'], NEVER_HANG), /damaged/);
  });
});

// A real full file system: a 400 KiB tmpfs in a private mount namespace (skipped where unshare is not allowed).
const canMount = execaSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { reject: false }).exitCode === 0;

describe.skipIf(!canMount)('a full disk', { timeout: 120_000 }, () => {
  it('refuses writes in one line (the check-in printed back) and still shows status', async () => {
    const mountPoint = tempDir();
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)}`;
    const script = `
      mount -t tmpfs -o size=400k tmpfs "$1" || exit 99
      export BACKEND_ROADMAP_HOME="$1/data" NO_COLOR=1
      ${cli} init --name Ada --track node --hours 6 --start 2026-11-01 --dir "$1/ws" --yes > /dev/null || exit 98
      dd if=/dev/zero of="$1/fill" bs=1k count=4096 2> /dev/null
      echo "--- status"; ${cli} status 2>&1 | head -1
      echo "--- checkin"; ${cli} checkin --hours 1 --confidence 2 --notes full 2>&1; echo "exit $?"
      echo "--- export"; ${cli} progress export "$1/out.json" 2>&1; echo "exit $?"`;
    const r = await execa('unshare', ['-rm', 'sh', '-c', script, 'sh', mountPoint], { reject: false, ...NEVER_HANG });
    expect(r.exitCode).toBe(0);
    const [, status, checkin, exported] = r.stdout.split(/--- \w+\n/);
    expect(status).toMatch(/Ada/);
    expect(checkin).toMatch(/full: nothing was saved/);
    expect(checkin).toContain('backend-roadmap checkin --hours 1 --confidence 2 --notes');
    expect(checkin).toMatch(/exit 1/);
    expect(exported).toMatch(/disk is full/);
    expect(exported).toMatch(/exit 1/);
    expect(r.stdout).not.toMatch(/unexpected failure/);
  });
});
