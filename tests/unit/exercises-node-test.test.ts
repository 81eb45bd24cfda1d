import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readExercise } from '../../src/exercises/catalog.js';
import { parseCrash, stripCrash } from '../../src/exercises/checkers/node-crash.js';
import { permissionArgs, permissionFlag } from '../../src/exercises/checkers/node-permissions.js';
import { judge, nodeTestChecker } from '../../src/exercises/checkers/node-test.js';
import { tempDir } from '../helpers/temp.js';

const root = fileURLToPath(new URL('../fixtures/curriculum', import.meta.url));

/** Runs fx-sum's hidden tests on `source` written as the learner's file. */
async function check(source: string | { copy: string }, opts: { id?: string; timeoutMs?: number } = {}) {
  const exercise = await readExercise(opts.id ?? 'fx-sum', { root });
  const ws = tempDir();
  writeFileSync(join(ws, 'package.json'), '{"type":"module"}');
  const learnerFile = join(ws, 'learner.js');
  if (typeof source === 'string') writeFileSync(learnerFile, source);
  else copyFileSync(join(exercise.dir, source.copy), learnerFile);
  const result = await nodeTestChecker.run({ exercise, exerciseDir: exercise.dir, learnerFile, timeoutMs: opts.timeoutMs ?? 5000, cacheDir: tempDir() });
  return { result, learnerFile };
}

describe('node-test checker', () => {
  it('passes the reference solution, case by case', async () => {
    const { result } = await check({ copy: 'solution.js' });
    expect(result.error).toBeUndefined();
    expect(result.passed).toBe(true);
    expect(result.cases).toEqual([
      { name: 'sum(1, 2) returns 3', passed: true },
      { name: 'sum(-1, 1) returns 0', passed: true },
    ]);
  });

  it('fails the starter, naming each failing case and its error', async () => {
    const { result } = await check({ copy: 'starter.js' });
    expect(result.passed).toBe(false);
    expect(result.cases.map((c) => c.passed)).toEqual([false, false]);
    expect(result.cases[0]).toMatchObject({ name: 'sum(1, 2) returns 3', message: expect.stringMatching(/^Error: Not implemented yet: sum \(at .*learner\.js:3:\d+\)$/) });
  });

  it('reports expected vs actual for assertion failures, and what the code printed', async () => {
    const { result } = await check('export const sum = (a, b) => { console.log("adding", a, b); return a - b; };');
    expect(result.cases[0]).toEqual({ name: 'sum(1, 2) returns 3', passed: false, expected: '3', actual: '-1' });
    expect(result.output).toBe('adding 1 2\nadding -1 1');
  });

  it('reports a syntax error with file:line and the offending line, not a stack', async () => {
    const { result, learnerFile } = await check('export function sum(a, b) {\n  return a +;\n}\n');
    expect(result.passed).toBe(false);
    expect(result.cases).toEqual([]);
    expect(result.error).toContain("Your file could not be loaded: SyntaxError: Unexpected token ';'");
    expect(result.error).toContain(`at ${learnerFile}:2`);
    expect(result.error).toContain('return a +;');
    expect(result.error).not.toMatch(/node:internal|ModuleJob/);
  });

  it('reports a throw at import time with its message and location', async () => {
    const { result, learnerFile } = await check('console.log("loading");\nthrow new RangeError("config missing");\n');
    expect(result.error).toContain('Your file could not be loaded: RangeError: config missing');
    expect(result.error).toContain(`at ${learnerFile}:2`);
    expect(result.output).toBe('loading');
  });

  it('stops an endless loop at import time with a clear message', async () => {
    const started = Date.now();
    const { result } = await check('while (true) {}\nexport const sum = () => 0;\n', { timeoutMs: 1500 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/^Stopped after 1\.5 s.*loop that never ends/);
  });

  it('stops an endless loop inside a case: never a pass, always the timeout message', async () => {
    const { result } = await check('export const sum = (a, b) => { if (a < 0) for (;;); return a + b; };', { timeoutMs: 1500 });
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/^Stopped after 1\.5 s.*loop that never ends/);
  });

  it('notices a file that exits the process before the tests run', async () => {
    const { result } = await check('process.exit(0);');
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/tests did not run.*process\.exit/);
  });
  it('leaves no process behind and shows the learner code no CLI settings; it may not start programs', async () => {
    const marker = `brm-orphan-${process.pid}-${Date.now()}`;
    process.env.BACKEND_ROADMAP_HOME = '/secret/data';
    try {
      const source = `import { spawn } from 'node:child_process';\ntry { spawn('sleep', ['30', '${marker}'], { stdio: 'ignore' }); } catch (e) { console.log(e.code); }\nconsole.log(Object.keys(process.env).filter((k) => k.includes('ROADMAP_HOME')).join() || 'none');\nexport const sum = (a, b) => a + b;\n`;
      const { result } = await check(source);
      expect(result.passed).toBe(true);
      expect(result.output).toBe(permissionFlag ? 'ERR_ACCESS_DENIED\nnone' : 'none');
    } finally {
      delete process.env.BACKEND_ROADMAP_HOME;
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(marker);
  });
});

/** Learner files that try to pass without doing the work: each must fail. */
describe('node-test checker against cheats', () => {
  const sum = 'export const sum = (a, b) => a - b;\n';
  const line = (o: object) => JSON.stringify(JSON.stringify(o) + '\n');
  const forgedCases = [line({ kind: 'case', name: 'sum(1, 2) returns 3', passed: true }), line({ kind: 'case', name: 'sum(-1, 1) returns 0', passed: true }), line({ kind: 'end' })];

  it('fails a file that writes made-up passes on the report channel and exits', async () => {
    const { result } = await check(`import { writeSync } from 'node:fs';\nfor (const l of [${forgedCases.join(', ')}]) writeSync(3, l);\nprocess.exit(0);\n${sum}`);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/Something other than the test runner wrote test results/);
  });

  it('fails a file that drives the reporter itself with made-up events', async () => {
    const source = [
      "const url = process.execArgv[process.execArgv.indexOf('--test-reporter') + 1];",
      'const { default: Reporter } = await import(url);',
      'const r = new Reporter();',
      "for (const name of ['sum(1, 2) returns 3', 'sum(-1, 1) returns 0']) r.write({ type: 'test:pass', data: { name, nesting: 0, details: {} } });",
      'r.end();',
      'process.exit(0);',
      sum,
    ].join('\n');
    const { result } = await check(source);
    expect(result.passed).toBe(false);
  });

  it('fails a file that disarms the assertions', async () => {
    const { result } = await check(`import assert from 'node:assert/strict';\nassert.equal = () => {};\n${sum}`);
    expect(result.passed).toBe(false);
  });

  it('fails a file that adds cases of its own', async () => {
    const { result } = await check(`import { test } from 'node:test';\ntest('bonus', () => {});\nexport const sum = (a, b) => a + b;\n`);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/cases the exercise does not have \("bonus"\)/);
  });

  it('fails a run that reports fewer or renamed cases than the test has', () => {
    const run = { run: { stdout: '', stderr: '', channel: '', exitCode: 0, timedOut: false }, forged: false };
    const ctx = { timeoutMs: 5000 } as Parameters<typeof judge>[0];
    const lines = [{ kind: 'case' as const, name: 'sum(1, 2) returns 3', passed: true }, { kind: 'end' as const }];
    const short = judge(ctx, { ...run, lines }, ['sum(1, 2) returns 3', 'sum(-1, 1) returns 0']);
    expect(short.passed).toBe(false);
    expect(short.error).toMatch(/"sum\(-1, 1\) returns 0" reported no result/);
    expect(judge(ctx, { ...run, lines }, ['sum(1, 2) returns 3']).passed).toBe(true);
  });

  it.runIf(permissionFlag)('fails a file that re-exports the reference solution from the package', async () => {
    const exercise = await readExercise('fx-sum', { root });
    const { result } = await check(`export * from ${JSON.stringify(join(exercise.dir, 'solution.js'))};\n`);
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/ERR_ACCESS_DENIED|restricted/);
  });

  it.runIf(permissionFlag)('lets the learner code write in the workspace only', async () => {
    const outside = tempDir();
    const source = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./mine.txt', import.meta.url), 'ok');\ntry { writeFileSync(${JSON.stringify(join(outside, 'progress.db'))}, 'gone'); } catch (e) { console.log(e.code); }\nexport const sum = (a, b) => a + b;\n`;
    const { result, learnerFile } = await check(source);
    expect(result.passed).toBe(true);
    expect(result.output).toBe('ERR_ACCESS_DENIED');
    expect(existsSync(join(dirname(learnerFile), 'mine.txt'))).toBe(true);
    expect(existsSync(join(outside, 'progress.db'))).toBe(false);
  });
});

describe('parseCrash', () => {
  const report = [
    'learner output: not an error line',
    'file:///ws/week-01/x.js:2',
    '  return a +;',
    '            ^',
    '',
    "SyntaxError: Unexpected token ';'",
    '    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)',
    '',
    'Node.js v20.20.2',
  ].join('\n');

  it('keeps message, location and excerpt, and separates what the learner printed', () => {
    expect(parseCrash(report)).toEqual({
      message: "SyntaxError: Unexpected token ';'",
      location: '/ws/week-01/x.js:2',
      excerpt: '  return a +;\n            ^',
    });
    expect(stripCrash(report)).toBe('learner output: not an error line');
  });

  it('handles errors raised inside node (no user location), e.g. a missing package', () => {
    const crash = parseCrash(
      "node:internal/modules/esm/resolve:838\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n\nError [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /ws/x.js\n    at packageResolve (node:internal/modules/esm/resolve:838:9) {\n  code: 'ERR_MODULE_NOT_FOUND'\n}\n\nNode.js v20.20.2\n",
    );
    expect(crash).toEqual({ message: "Error: Cannot find package 'express' imported from /ws/x.js".replace('Error:', 'Error [ERR_MODULE_NOT_FOUND]:') });
  });
});

describe.runIf(permissionFlag)('permission flags for a learner run', () => {
  it('names the permission flag this Node accepts (told from its version)', () => {
    const accepted = ['--permission', '--experimental-permission'].find((f) => process.allowedNodeEnvironmentFlags.has(f));
    expect(permissionFlag).toBe(accepted);
  });

  it('read the imported packages and their own dependencies; allow children or add-ons only when the exercise asks', () => {
    const dir = tempDir();
    const testFile = fileURLToPath(new URL('../fixtures/imports-better-sqlite3.mjs', import.meta.url));
    const sandbox = { testFile, workspace: dir, tempDir: dir };
    const plain = permissionArgs(sandbox);
    expect(plain.some((a) => /--allow-fs-read=.*node_modules[\\/]better-sqlite3$/.test(a))).toBe(true);
    expect(plain.some((a) => /--allow-fs-read=.*node_modules[\\/]bindings$/.test(a))).toBe(true);
    expect(plain.filter((a) => a === '--allow-addons' || a === '--allow-child-process')).toEqual([]);
    const allowed = permissionArgs({ ...sandbox, allow: ['addons', 'child-process'] });
    expect(allowed).toContain('--allow-addons');
    expect(allowed).toContain('--allow-child-process');
  });
});
