import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readExercise } from '../../src/exercises/catalog.js';
import { pythonUnittestChecker } from '../../src/exercises/checkers/python-unittest.js';
import { pruneVenvs, requirementName } from '../../src/exercises/checkers/python-venv.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));
/** One cache for the file: the venv for `six` is made once (python -m venv + pip from the local index). */
const cacheDir = mkdtempSync(join(tmpdir(), 'brm-py-venv-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const MARKER = '.backend-roadmap-installed';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A folder as a venv or a killed build leaves it, last used `ageMs` ago (the marker for a venv). */
function plant(dir: string, name: string, ageMs: number, { marker = !name.includes('.tmp-'), folderAgeMs = ageMs } = {}): void {
  const path = join(dir, name);
  mkdirSync(join(path, 'lib'), { recursive: true });
  const seconds = (ms: number) => (Date.now() - ms) / 1000;
  if (marker) {
    writeFileSync(join(path, MARKER), 'six\n');
    utimesSync(join(path, MARKER), seconds(ageMs), seconds(ageMs));
  }
  utimesSync(path, seconds(folderAgeMs), seconds(folderAgeMs));
}

const GOOD = 'def hello():\n    return "hello"\n\n\ndef greet(name):\n    return f"hello, {name}"\n';

/** fx-py-hello's hidden tests on `source`, the exercise declaring `requires` (none: stdlib only). */
async function check(source: string, requires?: string[], notes: string[] = []) {
  const fixture = await readExercise('fx-py-hello', { root });
  const exercise = requires ? { ...fixture, python: { requires } } : fixture;
  const learnerFile = join(tempDir(), 'hello.py');
  writeFileSync(learnerFile, source);
  return pythonUnittestChecker.run({ exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: 20_000, cacheDir, notify: (m) => notes.push(m) });
}

describe('python-unittest: an exercise that requires third-party packages', () => {
  it('leaves a standard-library exercise on the bare interpreter: no venv is made', async () => {
    const result = await check(GOOD);
    expect(result.passed).toBe(true);
    expect(existsSync(join(cacheDir, 'python-venvs'))).toBe(false);
  });

  it('runs the check in a venv of the cache folder that has them, made once', async () => {
    // what building it clears first: a build killed 2 hours ago, a venv unused for 31 days
    plant(join(cacheDir, 'python-venvs'), 'aaaaaaaaaaaaaaaa.tmp-0badf00d', 2 * HOUR);
    plant(join(cacheDir, 'python-venvs'), 'bbbbbbbbbbbbbbbb', 31 * DAY);
    const notes: string[] = [];
    const result = await check(`import six\n\n\ndef hello():\n    return six.ensure_str(b"hello")\n\n\ndef greet(name):\n    return f"hello, {name}"\n`, ['six'], notes);
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(true);
    expect(notes).toEqual([expect.stringMatching(/^Installing six for this exercise's checks with pip \(first time only/)]);
    const venvs = readdirSync(join(cacheDir, 'python-venvs'));
    expect(venvs).toHaveLength(1); // built under a temporary name, renamed into place: nothing else left
    expect(venvs).not.toContain('bbbbbbbbbbbbbbbb');
    const again: string[] = [];
    await check(GOOD, ['six'], again);
    expect(again).toEqual([]);
    expect(readdirSync(join(cacheDir, 'python-venvs'))).toEqual(venvs);
  }, 180_000);

  it('marks a venv used when a check uses it, at most once a day', async () => {
    const [key] = readdirSync(join(cacheDir, 'python-venvs'));
    const marker = join(cacheDir, 'python-venvs', key!, MARKER);
    const age = (seconds: number) => utimesSync(marker, Date.now() / 1000 - seconds, Date.now() / 1000 - seconds);
    age(12 * 3600);
    const halfADay = statSync(marker).mtimeMs;
    await check(GOOD, ['six']);
    expect(statSync(marker).mtimeMs).toBe(halfADay);
    age(40 * 86_400); // would be pruned by the next build, had this check not used it
    await check(GOOD, ['six']);
    expect(Date.now() - statSync(marker).mtimeMs).toBeLessThan(60_000);
  }, 60_000);

  it("lets learner code read the venv's packages but not the rest of the cache folder", async () => {
    const result = await check(`import six\nopen(${JSON.stringify(join(cacheDir, 'python.json'))}).read()\n${GOOD}`, ['six']);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/could not be loaded: PermissionError: backend-roadmap's checks do not let exercise code read the course's own files/);
  }, 180_000);

  it('says in one line which package pip could not install, and why', async () => {
    const error = await check(GOOD, ['backend-roadmap-no-such-package==0.0.1']).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toMatch(/^this exercise needs backend-roadmap-no-such-package: pip could not install it: \S/);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/No matching distribution|Could not find a version/);
    expect(readdirSync(join(cacheDir, 'python-venvs')).filter((d) => d.includes('.tmp-'))).toEqual([]);
  }, 180_000);

  it('prunes venvs unused for 30 days and builds killed over an hour ago, never the one kept', () => {
    const dir = tempDir();
    plant(dir, '1111111111111111', 31 * DAY); // unused: goes
    plant(dir, '2222222222222222', 29 * DAY, { folderAgeMs: 90 * DAY }); // used 29 days ago (its marker says): stays
    plant(dir, '3333333333333333', 60 * DAY); // the one being used now: stays
    plant(dir, '4444444444444444', 45 * DAY, { marker: false }); // damaged, no marker: its folder's age
    plant(dir, '5555555555555555.tmp-00ff', 61 * 60_000); // a killed build: goes
    plant(dir, '6666666666666666.tmp-00ff', 10 * 60_000); // another process building now: stays
    plant(dir, 'notes', 90 * DAY, { marker: false }); // not ours: stays
    pruneVenvs(dir, join(dir, '3333333333333333'));
    expect(readdirSync(dir).sort()).toEqual(['2222222222222222', '3333333333333333', '6666666666666666.tmp-00ff', 'notes']);
  });

  it('names a requirement by its project name', () => {
    expect(requirementName('sqlalchemy>=2,<3')).toBe('sqlalchemy');
    expect(requirementName('pydantic[email]>=2.9')).toBe('pydantic');
  });
});
