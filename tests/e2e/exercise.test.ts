import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type LoadedExercise } from '../../src/curriculum/load.js';
import { seedFiles } from '../../src/curriculum/seed-files.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { ensureSnapshot, snapshotPath } from '../../src/exercises/checkers/sql-snapshot.js';
import { loadTrackExercises } from '../../src/exercises/catalog.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { openDatabase } from '../../src/store/db.js';
import { recordAttempt } from '../../src/store/exercises.js';
import { binPath, initialised, notUnderNpm, type Sandbox } from '../helpers/cli.js';
import { sharedCacheDir } from '../helpers/temp.js';

// The real curriculum, as the built CLI sees it.
const node = loadExercises().filter((e) => exerciseFitsTrack(e.track, 'node'));
const week1 = node.filter((e) => e.week === 1);
const jsExercise = week1[0]!;
const sqlWithSeed = node.find((e) => e.checker === 'sql' && e.sql?.seed);
const sharedCache = sharedCacheDir;
/** where the build puts the PGlite snapshot it ships (scripts/build.mjs) */
const builtSnapshots = join(dirname(binPath), '..', 'dist', 'pglite-snapshot');

/** initdb takes seconds: give each sandbox a copy of one PGlite snapshot made once. */
async function withSqlCache(box: Sandbox): Promise<Sandbox> {
  const cache = join(box.home, 'cache');
  mkdirSync(cache, { recursive: true });
  copyFileSync(snapshotPath(sharedCache), snapshotPath(cache));
  return box;
}

const fileOf = (box: Sandbox, e: LoadedExercise) => learnerFilePath(box.workspace, e);
const copySolution = (box: Sandbox, e: LoadedExercise) => copyFileSync(join(e.dir, e.solution), fileOf(box, e));
/** Four plain words in a row from Markdown text: what any renderer prints as is. */
const plainPhrase = (markdown: string) => markdown.split(/\s+/).join(' ').match(/\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b/)![0];
const listJson = async (box: Sandbox) =>
  JSON.parse((await box.run(['exercise', 'list', '--json'])).stdout) as { id: string; state: string; attempts: number; week: number }[];

beforeAll(async () => {
  await ensureSnapshot(sharedCache);
});

describe('exercise: the learning loop', () => {
  it('start → fail on the starter → pass with the solution → attempts recorded → week complete', async () => {
    const box = await initialised();
    const started = await box.run(['exercise', 'start', jsExercise.id]);
    expect(started.exitCode).toBe(0);
    expect(started.stdout).toContain(fileOf(box, jsExercise));
    expect(started.stdout).toContain(`backend-roadmap exercise verify ${jsExercise.id}`);
    expect(readFileSync(fileOf(box, jsExercise), 'utf8')).toBe(readFileSync(join(jsExercise.dir, jsExercise.starter), 'utf8'));

    const failing = await box.run(['exercise', 'verify', jsExercise.id]);
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toContain('does not pass yet');
    expect(failing.stdout).toMatch(/✘ \S.+/); // a failing case, by name
    expect(failing.stdout).toContain(`Hint 1/${jsExercise.hints.length}: ${jsExercise.hints[0]}`);

    copySolution(box, jsExercise);
    const passing = await box.run(['exercise', 'verify']); // no id: the current exercise
    expect(passing.exitCode).toBe(0);
    expect(passing.stdout).toContain(`${jsExercise.id} passed`);

    const row = (await listJson(box)).find((r) => r.id === jsExercise.id);
    expect(row).toMatchObject({ state: 'passed', attempts: 2 });

    for (const e of week1.slice(1)) {
      expect((await box.run(['exercise', 'start', e.id])).exitCode).toBe(0);
      copySolution(box, e);
      expect((await box.run(['exercise', 'verify', e.id])).exitCode).toBe(0);
    }
    const status = JSON.parse((await box.run(['status', '--json'])).stdout);
    const week = status.months.flatMap((m: { weeks: unknown[] }) => m.weeks).find((w: { week: number }) => w.week === 1);
    expect(week).toMatchObject({ completed: true, exercises: { passed: week1.length, total: week1.length } });
  });

  it('never overwrites the learner’s file on start; reset keeps a .bak and needs --yes without a terminal', async () => {
    const box = await initialised();
    await box.run(['exercise', 'start', jsExercise.id]);
    writeFileSync(fileOf(box, jsExercise), '// my own work\n');
    const again = await box.run(['exercise', 'start', jsExercise.id]);
    expect(again.stdout).toContain('already there, kept as is');
    expect(readFileSync(fileOf(box, jsExercise), 'utf8')).toBe('// my own work\n');

    const refused = await box.run(['exercise', 'reset', jsExercise.id]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(readFileSync(fileOf(box, jsExercise), 'utf8')).toBe('// my own work\n');

    const reset = await box.run(['exercise', 'reset', jsExercise.id, '--yes']);
    expect(reset.exitCode).toBe(0);
    expect(readFileSync(`${fileOf(box, jsExercise)}.bak`, 'utf8')).toBe('// my own work\n');
    expect(readFileSync(fileOf(box, jsExercise), 'utf8')).toBe(readFileSync(join(jsExercise.dir, jsExercise.starter), 'utf8'));
  });

  it('reveals hints one by one and keeps the solution hidden until passed (or --force --yes)', async () => {
    const box = await initialised();
    const first = await box.run(['exercise', 'hint', jsExercise.id]);
    const second = await box.run(['exercise', 'hint', jsExercise.id]);
    expect(first.stdout).toContain(`Hint 1/${jsExercise.hints.length}`);
    expect(second.stdout).toContain(`Hint 2/${jsExercise.hints.length} for ${jsExercise.id}: ${jsExercise.hints[1]}`);

    const hidden = await box.run(['exercise', 'solution', jsExercise.id]);
    expect(hidden.exitCode).toBe(2);
    expect(hidden.stderr).toContain('--force');
    const noTerminal = await box.run(['exercise', 'solution', jsExercise.id, '--force']);
    expect(noTerminal.exitCode).toBe(2);
    expect(noTerminal.stderr).toContain('--yes');
    const forced = await box.run(['exercise', 'solution', jsExercise.id, '--force', '--yes']);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain(readFileSync(join(jsExercise.dir, jsExercise.solution), 'utf8').trim().split('\n')[0]!);

    await box.run(['exercise', 'start', jsExercise.id]);
    copySolution(box, jsExercise);
    await box.run(['exercise', 'verify', jsExercise.id]);
    expect((await box.run(['exercise', 'solution', jsExercise.id])).exitCode).toBe(0);
  });

  it('start, hint, solution and reset default to the current exercise; a failing verify counts as hint 1', async () => {
    const box = await initialised();
    const started = await box.run(['exercise', 'start']);
    expect(started.exitCode).toBe(0);
    expect(started.stdout).toContain(fileOf(box, jsExercise));

    const failing = await box.run(['exercise', 'verify']);
    expect(failing.stdout).toContain(`Hint 1/${jsExercise.hints.length}: ${jsExercise.hints[0]}`);
    const again = await box.run(['exercise', 'verify']);
    expect(again.stdout).toContain(`Hint 1/${jsExercise.hints.length}:`); // the latest hint, not a new one
    const hint = await box.run(['exercise', 'hint']);
    expect(hint.stdout).toContain(`Hint 2/${jsExercise.hints.length} for ${jsExercise.id}: ${jsExercise.hints[1]}`);
    const afterHint = await box.run(['exercise', 'verify']);
    expect(afterHint.stdout).toContain(`Hint 2/${jsExercise.hints.length}: ${jsExercise.hints[1]}`);

    const solution = await box.run(['exercise', 'solution']);
    expect(solution.exitCode).toBe(2);
    expect(solution.stderr).toContain(`You have not passed ${jsExercise.id} yet`);

    writeFileSync(fileOf(box, jsExercise), '// mine\n');
    const reset = await box.run(['exercise', 'reset', '--yes']);
    expect(reset.exitCode).toBe(0);
    expect(readFileSync(`${fileOf(box, jsExercise)}.bak`, 'utf8')).toBe('// mine\n');
  });

  it('lists one week with --week and rejects a bad week number', async () => {
    const box = await initialised();
    const rows = JSON.parse((await box.run(['exercise', 'list', '--week', '1', '--json'])).stdout) as { week: number; state: string }[];
    expect(rows).toHaveLength(week1.length);
    expect(rows.every((r) => r.week === 1 && r.state === 'pending')).toBe(true);
    const bad = await box.run(['exercise', 'list', '--week', '17']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--week must be a number from 1 to 16/);
  });

  it('SQL, first check in a new data folder: unpacks the snapshot the build shipped instead of running initdb', { timeout: 120_000 }, async () => {
    const box = await initialised(); // no snapshot in its cache
    const e = sqlWithSeed!;
    await box.run(['exercise', 'start', e.id]);
    copySolution(box, e);
    const r = await box.run(['exercise', 'verify', e.id]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('Setting up the embedded PostgreSQL');
    const packaged = readdirSync(builtSnapshots).map((f) => join(builtSnapshots, f));
    expect(packaged).toHaveLength(1); // the one for the PGlite installed
    // (Buffer.equals: toEqual compares 10 MB byte by byte in JavaScript, for a minute)
    expect(readFileSync(snapshotPath(join(box.home, 'cache'))).equals(brotliDecompressSync(readFileSync(packaged[0]!)))).toBe(true);
  });
});

/** A running `exercise watch --poll` whose output a test can wait on. */
function watch(box: Sandbox) {
  const child = execa(process.execPath, [binPath, 'exercise', 'watch', '--poll'], {
    env: { BACKEND_ROADMAP_HOME: box.home, NO_COLOR: '1', ...notUnderNpm },
    stdin: 'ignore',
    reject: false,
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  /** until `text` has appeared `times` times in the output */
  const seen = (text: string, times = 1, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${times}× "${text}" in:\n${out}`)), timeoutMs);
      const onData = () => {
        if (out.split(text).length - 1 < times) return;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      };
      child.stdout?.on('data', onData);
      onData();
    });
  return { child, seen, out: () => out };
}

describe('exercise watch', () => {
  it('without a terminal: re-checks on save, moves to the next exercise, stops cleanly on SIGTERM', async () => {
    const box = await initialised();
    const { child, seen, out } = watch(box);
    await seen(`✘ ${jsExercise.id}`);
    expect(out()).toContain('No terminal for keys');
    expect(out().replace(/\s+/g, ' ')).toContain(plainPhrase(jsExercise.task)); // the task is shown
    await seen(`run backend-roadmap exercise hint ${jsExercise.id} for the next hint (${jsExercise.hints.length} of ${jsExercise.hints.length} left)`);
    copySolution(box, jsExercise);
    await seen(`Week 1 · ${week1[1]!.title}`);
    expect(out()).toContain(`✔ ${jsExercise.id}`);
    child.kill('SIGTERM');
    const result = await child;
    expect(result.exitCode).toBe(143);
    expect(out()).not.toContain('\x1b['); // piped: append-only, no screen clearing
    expect((await listJson(box)).find((r) => r.id === jsExercise.id)?.state).toBe('passed');
  });

  it('SQL: each re-check runs on a fresh seeded database, whatever the attempt before did', { timeout: 300_000 }, async () => {
    const box = await withSqlCache(await initialised());
    const course = await loadTrackExercises('node');
    const first = course.findIndex((e) => e.checker === 'sql');
    const [schema, dml] = course.slice(first, first + 2) as [LoadedExercise, LoadedExercise];
    expect([schema.sql?.compare, dml.sql?.probe && dml.sql.seed ? 'dml' : '']).toEqual(['schema', 'dml']);
    const db = openDatabase(join(box.home, 'progress.db'));
    for (const e of course.slice(0, first)) recordAttempt(db, { exerciseId: e.id, passed: true, durationMs: 1, summary: 'set up by the test' });
    db.close();

    const { child, seen } = watch(box);
    const slow = 120_000; // a busy machine; nothing here is about time
    await seen(`✘ ${schema.id}`, 1, slow); // the starter: a first draft of the table
    copySolution(box, schema); // passes only if the starter's table is gone
    await seen(`✔ ${schema.id}`, 1, slow);
    await seen(`✘ ${dml.id}`, 1, slow);
    const solution = readFileSync(join(dml.dir, dml.solution), 'utf8');
    writeFileSync(fileOf(box, dml), `CREATE TABLE leftover (n int);\nINSERT INTO leftover VALUES (1);\n${solution}\nDELETE FROM users;\n`);
    await seen(`✘ ${dml.id}`, 2, slow);
    // passes only if leftover is not there yet, and the rows (and their serial ids) are the seeded ones
    writeFileSync(fileOf(box, dml), `CREATE TABLE leftover (n int);\n${solution}`);
    await seen(`✔ ${dml.id}`, 1, slow);
    child.kill('SIGTERM');
    expect((await child).exitCode).toBe(143);
  });
});

describe('exercise: bad input gets one clear message, and progress survives', () => {
  let box: Sandbox;

  beforeAll(async () => {
    box = await withSqlCache(await initialised());
    await box.run(['exercise', 'start', jsExercise.id]);
    copySolution(box, jsExercise);
    await box.run(['exercise', 'verify', jsExercise.id]);
  });

  const expectClean = (r: { stderr: string; stdout: string }) => {
    expect(r.stderr).not.toMatch(/unexpected failure|node:internal|ModuleJob/);
    expect(r.stdout).not.toMatch(/node:internal|ModuleJob/);
  };

  it('an unknown id is a usage error', async () => {
    const r = await box.run(['exercise', 'verify', 'no-such-exercise']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Unknown exercise "no-such-exercise"');
    expectClean(r);
  });

  it("another track's exercise is refused", async () => {
    const python = await initialised('python');
    const r = await python.run(['exercise', 'start', jsExercise.id]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/belongs to the node track; your profile follows the python track/);
  });

  it('a missing learner file names the command that creates it', async () => {
    const e = week1[1]!;
    const r = await box.run(['exercise', 'verify', e.id]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`There is no ${fileOf(box, e)} yet`);
    expect(r.stderr).toContain(`backend-roadmap exercise start ${e.id}`);
  });

  it('a syntax error is shown with file:line, not a stack', async () => {
    const e = week1[1]!;
    await box.run(['exercise', 'start', e.id]);
    writeFileSync(fileOf(box, e), 'export function broken( {\n');
    const r = await box.run(['exercise', 'verify', e.id]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('Your file could not be loaded: SyntaxError');
    expect(r.stdout).toContain(`at ${fileOf(box, e)}:2`); // the end of input, where Node noticed
    expectClean(r);
  });

  it('a throw at import time is shown with its message', async () => {
    const e = week1[1]!;
    writeFileSync(fileOf(box, e), 'const config = undefined;\nexport const port = config.port;\n');
    const r = await box.run(['exercise', 'verify', e.id]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Your file could not be loaded: TypeError: Cannot read properties of undefined \(reading 'port'\)/);
    expectClean(r);
  });

  it('code that never ends is stopped by the timeout', async () => {
    const e = week1[1]!;
    writeFileSync(fileOf(box, e), 'while (true) {}\n');
    const r = await box.run(['exercise', 'verify', e.id, '--timeout', '1500']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Stopped after 1\.5 s.*loop that never ends/);
    expectClean(r);
  });

  it('SQL that drops the seeded tables is explained', { timeout: 120_000 }, async () => {
    expect(sqlWithSeed, 'the curriculum needs a seeded SQL exercise').toBeDefined();
    const e = sqlWithSeed!;
    await box.run(['exercise', 'start', e.id]);
    const seed = seedFiles(e).map((file) => readFileSync(join(e.dir, file), 'utf8')).join('\n');
    const tables = [...seed.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?("?\w+"?)/gi)].map((m) => m[1]);
    writeFileSync(fileOf(box, e), `DROP TABLE ${tables.join(', ')} CASCADE;\nSELECT 1 AS x;\n`);
    // a generous limit: a busy machine can take more than the default 10 s to seed and check
    const r = await box.run(['exercise', 'verify', e.id, '--timeout', '60000'], { timeout: 100_000 });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Your SQL dropped the tables? .* that the exercise set up/);
    expectClean(r);
  });

  it('SQL that never ends is stopped by the timeout', async () => {
    const e = sqlWithSeed!;
    writeFileSync(fileOf(box, e), 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;\n');
    const r = await box.run(['exercise', 'verify', e.id, '--timeout', '3000']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/did not finish within 3 s and was stopped/);
    expectClean(r);
  });

  it('after all that, earlier progress is intact and every attempt was recorded', async () => {
    const rows = await listJson(box);
    expect(rows.find((r) => r.id === jsExercise.id)).toMatchObject({ state: 'passed', attempts: 1 });
    expect(rows.find((r) => r.id === week1[1]!.id)).toMatchObject({ state: 'pending', attempts: 3 });
    expect(existsSync(join(box.home, 'progress.db'))).toBe(true);
  });
});

// verify starts its check from last-verify.json (the profile's workspace and track, the current
// exercise) and opens the database meanwhile: that file is only a guess, checked before anything counts.
describe('exercise verify: the head start from last-verify.json', () => {
  const lastFile = (box: Sandbox) => join(box.home, 'last-verify.json');
  const attempts = async (box: Sandbox) => (await listJson(box)).find((r) => r.id === jsExercise.id)!.attempts;

  it('writes the file after a verify, and a verify without an id then checks the current exercise', async () => {
    const box = await initialised();
    await box.run(['exercise', 'start', jsExercise.id]);
    expect((await box.run(['exercise', 'verify', jsExercise.id])).exitCode).toBe(1);
    expect(JSON.parse(readFileSync(lastFile(box), 'utf8'))).toEqual({ workspace: box.workspace, track: 'node', current: jsExercise.id });
    copySolution(box, jsExercise);
    const passed = await box.run(['exercise', 'verify']);
    expect(passed.stdout).toContain(`${jsExercise.id} passed`);
    expect(JSON.parse(readFileSync(lastFile(box), 'utf8'))).toMatchObject({ current: week1[1]!.id });
    expect(await attempts(box)).toBe(2);
  });

  it('a file left from another workspace is thrown away: the check that counts is the profile workspace’s, recorded once', async () => {
    const box = await initialised();
    await box.run(['exercise', 'start', jsExercise.id]);
    copySolution(box, jsExercise);
    // the old workspace holds a version of the file that never ends: its run is aborted, not waited for
    const old = join(box.home, '..', 'old-ws');
    mkdirSync(join(old, `week-0${jsExercise.week}`), { recursive: true });
    writeFileSync(learnerFilePath(old, jsExercise), 'while (true) {}\n');
    writeFileSync(lastFile(box), JSON.stringify({ workspace: old, track: 'node', current: jsExercise.id }));
    const started = Date.now();
    const r = await box.run(['exercise', 'verify', jsExercise.id]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`${jsExercise.id} passed`);
    expect(Date.now() - started).toBeLessThan(jsExercise.timeoutMs ?? 5_000); // not the loop's timeout
    expect(await attempts(box)).toBe(1);
    expect(JSON.parse(readFileSync(lastFile(box), 'utf8'))).toMatchObject({ workspace: box.workspace });
  });

  it('a file naming another exercise than the current one is thrown away too', async () => {
    const box = await initialised();
    await box.run(['exercise', 'start', jsExercise.id]);
    await box.run(['exercise', 'start', week1[1]!.id]);
    copySolution(box, week1[1]!);
    writeFileSync(lastFile(box), JSON.stringify({ workspace: box.workspace, track: 'node', current: week1[1]!.id }));
    const r = await box.run(['exercise', 'verify']); // the current exercise is the first one, still failing
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`${jsExercise.id} does not pass yet`);
    expect((await listJson(box)).find((x) => x.id === week1[1]!.id)!.attempts).toBe(0);
  });

  it('a file that is garbage, a folder or a FIFO is ignored, never waited on', async () => {
    for (const make of [(f: string) => writeFileSync(f, '{"workspace": 42'), (f: string) => mkdirSync(f), (f: string) => execa('mkfifo', [f])]) {
      const box = await initialised();
      await box.run(['exercise', 'start', jsExercise.id]);
      copySolution(box, jsExercise);
      await make(lastFile(box));
      const r = await box.run(['exercise', 'verify', jsExercise.id]);
      expect(r.exitCode).toBe(0);
      expect(await attempts(box)).toBe(1);
    }
  });
});
