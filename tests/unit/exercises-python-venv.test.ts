import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readExercise } from '../../src/exercises/catalog.js';
import { pythonUnittestChecker } from '../../src/exercises/checkers/python-unittest.js';
import { requirementName } from '../../src/exercises/checkers/python-venv.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));
/** One cache for the file: the venv for `six` is made once (python -m venv + pip from the local index). */
const cacheDir = mkdtempSync(join(tmpdir(), 'brm-py-venv-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

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
    const notes: string[] = [];
    const result = await check(`import six\n\n\ndef hello():\n    return six.ensure_str(b"hello")\n\n\ndef greet(name):\n    return f"hello, {name}"\n`, ['six'], notes);
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(true);
    expect(notes).toEqual([expect.stringMatching(/^Installing six for this exercise's checks with pip \(first time only/)]);
    const venvs = readdirSync(join(cacheDir, 'python-venvs'));
    expect(venvs).toHaveLength(1); // built under a temporary name, renamed into place: nothing else left
    const again: string[] = [];
    await check(GOOD, ['six'], again);
    expect(again).toEqual([]);
    expect(readdirSync(join(cacheDir, 'python-venvs'))).toEqual(venvs);
  }, 180_000);

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

  it('names a requirement by its project name', () => {
    expect(requirementName('sqlalchemy>=2,<3')).toBe('sqlalchemy');
    expect(requirementName('pydantic[email]>=2.9')).toBe('pydantic');
  });
});
