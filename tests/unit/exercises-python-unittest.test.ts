import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readExercise } from '../../src/exercises/catalog.js';
import { pythonUnittestChecker } from '../../src/exercises/checkers/python-unittest.js';
import { learnerFileName } from '../../src/exercises/learner-file.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));
/** One interpreter cache for the file: resolving through a pyenv shim costs a second under load. */
const sharedCache = mkdtempSync(join(tmpdir(), 'brm-py-cache-'));
afterAll(() => rmSync(sharedCache, { recursive: true, force: true }));

/** Runs fx-py-hello's hidden tests on `source` written as the learner's file (named `fileName`). */
async function check(source: string | { copy: string }, opts: { timeoutMs?: number; fileName?: string; cacheDir?: string; allowChildren?: boolean } = {}) {
  const fixture = await readExercise('fx-py-hello', { root });
  const exercise = opts.allowChildren ? { ...fixture, allow: ['child-process' as const] } : fixture;
  const ws = tempDir();
  const learnerFile = join(ws, opts.fileName ?? 'hello.py');
  if (typeof source === 'string') writeFileSync(learnerFile, source);
  else copyFileSync(join(exercise.dir, source.copy), learnerFile);
  const cacheDir = opts.cacheDir ?? sharedCache;
  const result = await pythonUnittestChecker.run({ exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: opts.timeoutMs ?? 10_000, cacheDir });
  return { result, learnerFile, ws };
}

const GOOD = 'def hello():\n    return "hello"\n\n\ndef greet(name):\n    return f"hello, {name}"\n';

describe('python-unittest checker', () => {
  it('passes the reference solution, case by case, named by docstring in source order', async () => {
    const { result, ws } = await check({ copy: 'solution.py' });
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(true);
    expect(result.cases).toEqual([
      { name: 'hello() returns "hello"', passed: true },
      { name: 'greet("Ada") returns "hello, Ada"', passed: true },
    ]);
    expect(readdirSync(ws)).toEqual(['hello.py']); // -B: no __pycache__ in the workspace
  });

  it('reports expected vs actual for assertEqual failures', async () => {
    const { result } = await check({ copy: 'starter.py' });
    expect(result.passed).toBe(false);
    expect(result.cases[0]).toEqual({ name: 'hello() returns "hello"', passed: false, expected: "'hello'", actual: "''" });
    expect(result.cases[1]).toMatchObject({ expected: "'hello, Ada'", actual: "'Ada'" });
  });

  it('names a missing function in its own case, and shows what the code printed', async () => {
    const { result } = await check('print("loading")\n\ndef hello():\n    return "hello"\n');
    expect(result.cases[0]!.passed).toBe(true);
    expect(result.cases[1]).toMatchObject({ passed: false, message: expect.stringContaining("AttributeError: module 'learner' has no attribute 'greet'") });
    expect(result.output).toBe('loading');
  });

  it('reports a syntax error with file:line and a caret, not a traceback', async () => {
    const { result, learnerFile } = await check('def hello(:\n    return "hello"\n');
    expect(result.passed).toBe(false);
    expect(result.cases).toEqual([]);
    expect(result.error).toContain('Your file could not be loaded: SyntaxError');
    expect(result.error).toContain(`at ${learnerFile}:1`);
    expect(result.error).toMatch(/def hello\(:\n\s+\^/);
    expect(result.error).not.toMatch(/Traceback|runner\.py/);
  });

  it('reports an exception raised while loading, with its line', async () => {
    const { result, learnerFile } = await check('x = 1\nraise RuntimeError("config missing")\n');
    expect(result.error).toContain('Your file could not be loaded: RuntimeError: config missing');
    expect(result.error).toContain(`at ${learnerFile}:2`);
  });

  it('explains sys.exit() at the top level and os._exit() in a function', async () => {
    const exited = await check('import sys\nsys.exit(2)\n');
    expect(exited.result.error).toMatch(/called sys\.exit\(2\)/);
    const killed = await check(`${GOOD}\nimport os\n\ndef hello():\n    os._exit(0)\n`);
    expect(killed.result.passed).toBe(false);
    expect(killed.result.error).toMatch(/stopped before the end.*os\._exit/);
  });

  it('explains input() instead of waiting for a keyboard', async () => {
    const { result } = await check(`${GOOD}\ndef hello():\n    return input("name? ")\n`);
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/called input\(\).*parameter/) });
    expect(result.cases[1]!.passed).toBe(true);
  });

  it('stops an endless loop in one case and says at which line', async () => {
    const { result } = await check(`${GOOD}\ndef hello():\n    n = 0\n    while True:\n        n += 1\n`, { timeoutMs: 2000 });
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/^stopped after 1 s at line (9|10) of your file/) });
    expect(result.cases[1]!.passed).toBe(true);
  });

  it('kills a run that defeats the per-case alarm, naming the case it was in', async () => {
    const source = `import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n${GOOD}\ndef greet(name):\n    while True:\n        pass\n`;
    const { result } = await check(source, { timeoutMs: 2000 });
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/^Stopped after 2 s while running "greet\("Ada"\) returns "hello, Ada""/);
  });

  it('refuses to start a process, naming what was blocked, unless the exercise allows it', async () => {
    const { result } = await check(`import subprocess\nsubprocess.Popen(["sleep", "30"])\n${GOOD}`);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/PermissionError: backend-roadmap's checks do not let exercise code start other programs or processes \(subprocess\.Popen\).*at line 2/);
  });

  it('leaves no process behind that the learner code started, where the exercise allows child processes', async () => {
    const marker = `brm-orphan-${process.pid}-${Date.now()}`;
    const source = `import subprocess\nsubprocess.Popen(["sleep", "30", "${marker}"])\n${GOOD}`;
    const { result } = await check(source, { allowChildren: true });
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    const ps = execFileSync('ps', ['-eo', 'args']).toString();
    expect(ps).not.toContain(marker);
  });

  it('loads the learner file by path: a learner json.py or unittest.py cannot shadow the standard library', async () => {
    for (const fileName of ['json.py', 'unittest.py']) {
      const { result } = await check(GOOD, { fileName });
      expect(result.passed, fileName).toBe(true);
    }
  });

  it('gives learner code no data-folder path or other CLI settings in its environment', async () => {
    process.env.BACKEND_ROADMAP_HOME = '/secret/data';
    try {
      const { result } = await check(`import os\nprint(sorted(k for k in os.environ if "ROADMAP" in k))\n${GOOD}`);
      expect(result.output).toBe('[]');
    } finally {
      delete process.env.BACKEND_ROADMAP_HOME;
    }
  });

  it('caches the resolved interpreter in the cache folder', async () => {
    const cacheDir = tempDir();
    await check(GOOD, { cacheDir });
    expect(existsSync(join(cacheDir, 'python.json'))).toBe(true);
    const again = await check(GOOD, { cacheDir });
    expect(again.result.passed).toBe(true);
  });
});

describe('learner file names', () => {
  it('turns a -py id into a snake_case module name', () => {
    expect(learnerFileName({ id: 'type-conversion-py', starter: 'starter.py' })).toBe('type_conversion.py');
    expect(learnerFileName({ id: 'production-dockerfile-py', starter: 'starter.Dockerfile' })).toBe('production-dockerfile-py.Dockerfile');
  });
});
