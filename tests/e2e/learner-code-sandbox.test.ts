import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type LoadedExercise } from '../../src/curriculum/load.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { permissionFlag } from '../../src/exercises/checkers/node-permissions.js';
import { ensureSnapshot, snapshotPath } from '../../src/exercises/checkers/sql-snapshot.js';
import { learnerFilePath } from '../../src/exercises/learner-file.js';
import { binPath, initialised, type Sandbox } from '../helpers/cli.js';
import { tempDir, sharedCacheDir } from '../helpers/temp.js';

// Learner files that try to pass without doing the work, or to damage progress, through the real CLI.
const all = loadExercises();
const js = all.find((e) => exerciseFitsTrack(e.track, 'node') && e.checker === 'node-test' && e.week === 1)!;
const py = all.find((e) => exerciseFitsTrack(e.track, 'python') && e.checker === 'python-unittest' && e.week === 1)!;
const query = all.find((e) => e.checker === 'sql' && e.sql?.compare === 'rows-ordered' && !e.sql.probe && e.sql.seed)!;
const sharedCache = sharedCacheDir;

const fileOf = (box: Sandbox, e: LoadedExercise) => learnerFilePath(box.workspace, e);
const start = async (box: Sandbox, e: LoadedExercise) => expect((await box.run(['exercise', 'start', e.id])).exitCode).toBe(0);
// A generous limit: the machines running these tests may be busy, and no case here is about time.
const verify = (box: Sandbox, e: LoadedExercise) => box.run(['exercise', 'verify', e.id, '--timeout', '60000'], { timeout: 120_000 });
const stateOf = async (box: Sandbox, e: LoadedExercise) =>
  (JSON.parse((await box.run(['exercise', 'list', '--json'])).stdout) as { id: string; state: string }[]).find((r) => r.id === e.id)?.state;

beforeAll(async () => {
  await ensureSnapshot(sharedCache);
});

describe('learner JavaScript cannot fake a pass or destroy progress', () => {
  it('a file that wipes progress.db and forges passes on the report channel fails, and progress survives', async () => {
    const box = await initialised();
    await start(box, js);
    copyFileSync(join(js.dir, js.solution), fileOf(box, js));
    expect((await verify(box, js)).exitCode).toBe(0);
    const forged = (name: string) => JSON.stringify(`${JSON.stringify({ kind: 'case', name, passed: true })}\n`);
    const cheat = [
      "import { writeFileSync, writeSync } from 'node:fs';",
      `try { writeFileSync(${JSON.stringify(join(box.home, 'progress.db'))}, 'gone'); } catch (e) { console.log('blocked', e.code); }`,
      `for (let fd = 3; fd < 8; fd++) try { writeSync(fd, ${forged('anything')}); } catch {}`,
      'process.exit(0);',
    ].join('\n');
    writeFileSync(fileOf(box, js), cheat);
    const r = await verify(box, js);
    expect(r.exitCode).toBe(1);
    expect(readFileSync(join(box.home, 'progress.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(await stateOf(box, js)).toBe('passed'); // the earlier pass is still there
    if (permissionFlag) expect(r.stdout).toContain('blocked ERR_ACCESS_DENIED');
  });

  it.runIf(permissionFlag)('re-exporting the reference solution from the package folder fails', async () => {
    const box = await initialised();
    await start(box, js);
    writeFileSync(fileOf(box, js), `export * from ${JSON.stringify(join(js.dir, js.solution))};\n`);
    const r = await verify(box, js);
    expect(r.exitCode).toBe(1);
    expect(await stateOf(box, js)).not.toBe('passed');
  });
});

describe('learner Python cannot fake a pass or destroy progress', () => {
  it('a file that wipes progress.db and forges passes on fd 3..7 and in /tmp reports fails, and progress survives', async () => {
    const box = await initialised('python');
    await start(box, py);
    copyFileSync(join(py.dir, py.solution), fileOf(box, py));
    expect((await verify(box, py)).exitCode).toBe(0);
    const db = JSON.stringify(join(box.home, 'progress.db'));
    const forged = JSON.stringify(`${JSON.stringify({ kind: 'case', name: 'anything', passed: true })}\n${JSON.stringify({ kind: 'end' })}\n`);
    const cheat = [
      'import glob, os, sqlite3',
      `for wipe in (lambda: open(${db}, "w"), lambda: os.remove(${db}), lambda: sqlite3.connect(${db}).execute("DELETE FROM attempts")):`,
      '    try:',
      '        wipe()',
      '    except PermissionError as e:',
      '        print("blocked", type(e).__name__)',
      'for fd in range(3, 8):',
      '    try:',
      `        os.write(fd, ${forged}.encode())`,
      '    except OSError:',
      '        pass',
      'for report in glob.glob("/tmp/backend-roadmap-*.jsonl") + ["/tmp/backend-roadmap-forged.jsonl"]:',
      '    try:',
      `        open(report, "a").write(${forged})`,
      '    except OSError:',
      '        print("blocked report")',
      'os._exit(0)',
    ].join('\n');
    writeFileSync(fileOf(box, py), cheat);
    const r = await verify(box, py);
    expect(r.exitCode).toBe(1);
    expect(r.stdout.match(/blocked PermissionError/g)).toHaveLength(3);
    expect(r.stdout).toContain('blocked report');
    expect(readFileSync(join(box.home, 'progress.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(await stateOf(box, py)).toBe('passed'); // the earlier pass is still there
  });

  it('reading the reference solution from the package folder fails, and says why', async () => {
    const box = await initialised('python');
    await start(box, py);
    writeFileSync(fileOf(box, py), `exec(open(${JSON.stringify(join(py.dir, py.solution))}).read())\n`);
    const r = await verify(box, py);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("backend-roadmap's checks do not let exercise code read the course's own files");
    expect(await stateOf(box, py)).not.toBe('passed');
  });
});

describe('SQL answers are judged on a second dataset', () => {
  it('the expected rows hard-coded with VALUES fail', { timeout: 300_000 }, async () => {
    const box = await initialised();
    mkdirSync(join(box.home, 'cache'), { recursive: true });
    copyFileSync(snapshotPath(sharedCache), snapshotPath(join(box.home, 'cache')));
    await start(box, query);
    copyFileSync(join(query.dir, query.solution), fileOf(box, query));
    const solved = await verify(box, query);
    expect(solved.exitCode, solved.stdout + solved.stderr).toBe(0);
    // The reference's rows, as the cache holds them: exactly what a copied expected output gives.
    const results = join(box.home, 'cache', 'sql-results');
    const entry = JSON.parse(readFileSync(join(results, readdirSync(results)[0]!), 'utf8')) as { value: { rows: { columns: string[]; rows: (string | null)[][] } } };
    const { columns, rows } = entry.value.rows;
    const literal = (v: string | null) => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
    const values = rows.map((row) => `(${row.map(literal).join(', ')})`).join(',\n  ');
    writeFileSync(fileOf(box, query), `SELECT * FROM (VALUES\n  ${values}\n) AS t(${columns.join(', ')});\n`);
    const r = await verify(box, query);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/second dataset/);
  });
});

describe('exercise start and reset never write through a symlink out of the workspace', () => {
  it('refuses a learner file that links outside, and leaves the target alone', async () => {
    const box = await initialised();
    await start(box, js);
    const outside = join(tempDir(), 'precious.txt');
    writeFileSync(outside, 'keep');
    rmSync(fileOf(box, js));
    symlinkSync(outside, fileOf(box, js));
    const reset = await box.run(['exercise', 'reset', js.id, '--yes']);
    expect(reset.exitCode).toBe(1);
    expect(reset.stderr).toMatch(/leads outside your workspace through a symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('keep');

    rmSync(outside); // now dangling: start would create the file at the link's target
    const started = await box.run(['exercise', 'start', js.id]);
    expect(started.exitCode).toBe(1);
    expect(readdirSync(join(outside, '..'))).toEqual([]);
  });
});

/** Processes whose environment names this learner file (Linux /proc; elsewhere none are found). */
function processesFor(file: string): string[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc').filter((pid) => {
    try {
      return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`EXERCISE_FILE=${file}\0`);
    } catch {
      return false; // gone meanwhile, or not ours to read
    }
  });
}

describe('no process outlives verify', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s to the CLI mid-check exits 130 and takes the learner code with it', async (signal) => {
    const box = await initialised();
    await start(box, js);
    const file = fileOf(box, js);
    writeFileSync(file, 'for (;;) {}\n');
    const child = spawn(process.execPath, [binPath, 'exercise', 'verify', js.id, '--timeout', '60000'], {
      cwd: join(box.home, '..'),
      env: { ...process.env, BACKEND_ROADMAP_HOME: box.home, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    while (processesFor(file).length === 0) await new Promise((r) => setTimeout(r, 100)); // the check is running
    child.kill(signal);
    expect(await exited).toBe(130);
    await new Promise((r) => setTimeout(r, 200));
    expect(processesFor(file)).toEqual([]);
  });

  // Where an exercise allows child processes, they die with the check: see the python-unittest unit tests.
  it('a Python file that starts a process is refused with a clear message, and nothing survives verify', async () => {
    const box = await initialised('python');
    await start(box, py);
    const marker = `brm-grandchild-${process.pid}-${Date.now()}`;
    const solution = readFileSync(join(py.dir, py.solution), 'utf8');
    writeFileSync(fileOf(box, py), `import subprocess\nsubprocess.Popen(['sleep', '60', '${marker}'])\n${solution}`);
    const r = await verify(box, py);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("backend-roadmap's checks do not let exercise code start other programs or processes (subprocess.Popen)");
    expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(marker);
  });
});
