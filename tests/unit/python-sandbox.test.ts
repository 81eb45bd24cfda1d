import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readExercise } from '../../src/exercises/catalog.js';
import { pythonUnittestChecker } from '../../src/exercises/checkers/python-unittest.js';
import { tempDir } from '../helpers/temp.js';

// What runner.py's audit hook (python/guard.py) lets a learner's Python file do, through the checker.
const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));
const sharedCache = mkdtempSync(join(tmpdir(), 'brm-py-cache-'));
afterAll(() => rmSync(sharedCache, { recursive: true, force: true }));

const GOOD = 'def hello():\n    return "hello"\n\n\ndef greet(name):\n    return f"hello, {name}"\n';
/** Runs `label: expression` pairs and prints "allowed <label>" or "blocked <label>: <Error>: <message>". */
const attempts = (lines: [string, string][]) =>
  [
    'def attempt(label, fn):',
    '    try:',
    '        fn()',
    '        print("allowed", label)',
    '    except BaseException as e:',
    '        print(f"blocked {label}: {type(e).__name__}: {e}")',
    ...lines.map(([label, code]) => `attempt(${JSON.stringify(label)}, lambda: ${code})`),
  ].join('\n');

let home: string;
let ws: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'brm-home-'));
  ws = mkdtempSync(join(tmpdir(), 'brm-ws-'));
  writeFileSync(join(home, 'progress.db'), 'SQLite format 3\0');
  process.env.BACKEND_ROADMAP_HOME = home; // the data folder the checker protects
  return () => {
    delete process.env.BACKEND_ROADMAP_HOME;
    for (const dir of [home, ws]) rmSync(dir, { recursive: true, force: true });
  };
});

async function check(source: string, opts: { exerciseDir?: string; learnerFile?: string } = {}) {
  const exercise = await readExercise('fx-py-hello', { root });
  const learnerFile = opts.learnerFile ?? join(ws, 'hello.py');
  writeFileSync(learnerFile, source);
  return pythonUnittestChecker.run({ exercise, exerciseDir: opts.exerciseDir ?? exercise.dir, learnerFile, timeoutMs: 20_000, cacheDir: sharedCache });
}

describe('Python learner code under the audit hook', () => {
  it('writes only in the workspace and a temp folder, and reads none of the course files or the checker process', async () => {
    const db = JSON.stringify(join(home, 'progress.db'));
    const solution = JSON.stringify(join(root, 'exercises', 'fx-py-hello', 'solution.py'));
    const source = `import os, shutil, sqlite3, tempfile\n${attempts([
      ['write progress.db', `open(${db}, "w")`],
      ['remove progress.db', `os.remove(${db})`],
      ['sqlite progress.db', `sqlite3.connect(${db})`],
      ['read progress.db', `open(${db}, "rb").read()`],
      ['read the solution', `open(${solution}).read()`],
      ['write a /tmp report', 'open("/tmp/backend-roadmap-forged.jsonl", "a")'],
      ['read /proc/self/environ', 'open("/proc/self/environ").read()'],
      ['open a folder outside', `os.open(${JSON.stringify(join(home, '..'))}, os.O_RDONLY)`],
      ['write the workspace', 'open("notes.txt", "w").write("ok")'],
      ['temp folder', 'shutil.rmtree(tempfile.mkdtemp())'],
      ['sqlite in memory', 'sqlite3.connect(":memory:").execute("select 1")'],
    ])}\n${GOOD}`;
    const result = await check(source);
    expect(result.passed).toBe(true);
    const lines = result.output.split('\n');
    for (const label of ['write progress.db', 'remove progress.db', 'sqlite progress.db', 'write a /tmp report', 'open a folder outside']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^blocked ${label}: PermissionError: backend-roadmap's checks do not let exercise code write outside your workspace`)));
    }
    for (const label of ['read progress.db', 'read the solution']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^blocked ${label}: PermissionError: .* read the course's own files`)));
    }
    expect(lines).toContainEqual(expect.stringMatching(/^blocked read \/proc\/self\/environ: PermissionError: .* the checker's memory/));
    expect(lines).toEqual(expect.arrayContaining(['allowed write the workspace', 'allowed temp folder', 'allowed sqlite in memory']));
    expect(readFileSync(join(home, 'progress.db'), 'utf8')).toBe('SQLite format 3\0');
  });

  it('refuses processes, ctypes and the gc/frame lookups, and keeps the standard library working', async () => {
    const source = `import gc, os, sys, subprocess\n${attempts([
      ['subprocess', 'subprocess.run(["true"])'],
      ['os.system', 'os.system("true")'],
      ['fork', 'os.fork()'],
      ['fork_exec', '__import__("_posixsubprocess").fork_exec()'],
      ['ctypes', '__import__("ctypes")'],
      ['gc', 'gc.get_objects()'],
      ['frames', 'sys._current_frames()'],
      ['audit hook', 'sys.addaudithook(lambda event, args: None)'],
    ])}
import asyncio, collections, dataclasses, datetime, enum, json, logging, re, traceback, typing
logging.getLogger("x").info("fine")
Point = collections.namedtuple("Point", "x y")
Color = enum.Enum("Color", "RED")
Pair = dataclasses.make_dataclass("Pair", [("a", typing.Optional[int])])
print("stdlib", Point(1, 2), Color.RED, Pair(1), json.dumps({"d": str(datetime.date(2026, 1, 1))}), re.sub("a", "b", "a"), asyncio.run(asyncio.sleep(0, "ok")), len(traceback.format_stack()) > 0)
${GOOD}`;
    const result = await check(source);
    expect(result.passed).toBe(true);
    const lines = result.output.split('\n');
    for (const label of ['subprocess', 'os.system', 'fork', 'fork_exec']) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^blocked ${label}: PermissionError: .* start other programs or processes`)));
    }
    expect(lines).toContainEqual(expect.stringMatching(/^blocked ctypes: ImportError: .* import ctypes/));
    expect(lines).toContainEqual(expect.stringMatching(/^blocked gc: RuntimeError: .* gc\.get_objects/));
    expect(lines).toContainEqual(expect.stringMatching(/^blocked frames: RuntimeError: .* sys\._current_frames/));
    expect(lines).toContain('allowed audit hook');
    expect(lines).toContain(`stdlib Point(x=1, y=2) Color.RED Pair(a=1) {"d": "2026-01-01"} b ok True`);
  });

  it('fails a run whose report channel carries a line without the secret', async () => {
    const forged = JSON.stringify(`${JSON.stringify({ kind: 'case', name: 'hello() returns "hello"', passed: true })}\n`);
    const result = await check(`import os\nos.write(3, ${forged}.encode())\n${GOOD}`);
    expect(result.passed).toBe(false);
    expect(result.error).toBe('Something other than the test runner wrote test results: a check cannot pass that way.');
  });

  it('fails a run whose code replaced part of unittest, naming it', async () => {
    const result = await check(`import unittest\nunittest.TestCase.assertEqual = lambda *args, **kwargs: None\n${GOOD.replace('"hello"', '"nope"')}`);
    expect(result.passed).toBe(false);
    expect(result.error).toBe('Your code replaced part of the test machinery (unittest.case.TestCase.assertEqual): a check cannot pass that way.');
  });

  it('runs the hidden test as read before the learner code: rewriting the file meanwhile changes nothing', async () => {
    // check:curriculum judges files inside the exercise folder, which is then writable: the worst case
    const exerciseDir = join(tempDir(), 'fx-py-hello');
    mkdirSync(exerciseDir);
    cpSync(join(root, 'exercises', 'fx-py-hello'), exerciseDir, { recursive: true });
    const rewrite = 'import unittest\\nclass T(unittest.TestCase):\\n    def test_ok(self):\\n        pass\\n';
    const source = `open(${JSON.stringify(join(exerciseDir, 'test_hello.py'))}, "w").write("${rewrite}")\n${GOOD.replace('"hello"', '"bye"')}`;
    const result = await check(source, { exerciseDir, learnerFile: join(exerciseDir, 'starter.py') });
    expect(readFileSync(join(exerciseDir, 'test_hello.py'), 'utf8')).toContain('test_ok'); // the write happened
    expect(result.cases.map((c) => [c.name, c.passed])).toEqual([
      ['hello() returns "hello"', false],
      ['greet("Ada") returns "hello, Ada"', true],
    ]);
  });
});
