// Mutation testing: the learner's tests run once against the real todo API (they must pass) and
// once against each buggy copy (they must fail). Each run is a child `node` process.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const learnerFile = process.env.EXERCISE_FILE;
const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'app.mjs'), 'utf8');

/** Each bug is one exact edit of app.mjs. */
const MUTANTS = [
  { bug: 'POST /todos answers 200 instead of 201', from: 'return send(201, todo);', to: 'return send(200, todo);' },
  { bug: 'a title of only spaces is accepted', from: "body.title.trim() : ''", to: "body.title : ''" },
  { bug: 'a title of exactly 200 characters is refused (off by one)', from: 'title.length > 200', to: 'title.length >= 200' },
  { bug: 'GET /todos/:id answers 200 and null for an unknown id', from: "return todo ? send(200, todo) : send(404, { error: 'todo not found' });", to: 'return send(200, todo ?? null);' },
  { bug: 'DELETE answers 204 but the todo is still there', from: 'todos.delete(id);', to: 'todos.delete(match[1]);' },
  { bug: 'ids are reused after a delete (id = count + 1), so a new todo overwrites another', from: 'id: nextId++', to: 'id: todos.size + 1' },
];

const work = mkdtempSync(join(tmpdir(), 'api-tests-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the learner's test file against one version of the API; a neutral file name hides which. */
function runSuite(appSource, index) {
  const dir = join(work, `run-${index}`);
  mkdirSync(dir, { recursive: true });
  const appFile = join(dir, 'todo-api.mjs');
  writeFileSync(appFile, appSource);
  const env = { ...process.env, APP_UNDER_TEST: pathToFileURL(appFile).href };
  delete env.NODE_TEST_CONTEXT;
  delete env.EXERCISE_FILE;
  delete env.BACKEND_ROADMAP_REPORT_FILE;
  return new Promise((resolve) => {
    const options = { cwd: dirname(learnerFile), env, encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL' };
    execFile(process.execPath, ['--test-reporter=tap', learnerFile], options, (error, stdout = '', stderr = '') => {
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(stdout)?.[1] ?? 0);
      const failed = [...stdout.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((m) => m[1]);
      resolve({ exitCode: error ? (error.code ?? 1) : 0, timedOut: Boolean(error?.killed), tests: count('tests'), failed, stdout, stderr });
    });
  });
}

/** The first failure of a run in one line: its message and, for assert.equal & co., expected/actual. */
function firstError(run) {
  const at = run.stdout.search(/^\s*not ok /m);
  if (at < 0) {
    const lines = run.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /^\w*Error\b/.test(l)) ?? lines[0] ?? '';
  }
  const block = run.stdout.slice(at).split(/^\s*\.\.\.\s*$/m)[0];
  const field = (key) => new RegExp(`^\\s+${key}: (.+)$`, 'm').exec(block)?.[1].trim();
  const multiline = /^\s+error: [|>]-?\n((?:\s{4,}.*\n?)+)/m.exec(block)?.[1].split('\n').map((l) => l.trim()).find(Boolean);
  const message = (multiline ?? field('error')?.replace(/^'|'$/g, '') ?? '').replace(/:$/, '');
  const expected = field('expected');
  return expected === undefined ? message : `${message} (expected ${expected}, got ${field('actual')})`;
}

/** Runs the suites a few at a time: one per core, so a small machine is not swamped. */
async function runAll(sources) {
  const results = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      results[i] = await runSuite(sources[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, worker));
  return results;
}

const [real, ...mutantRuns] = await runAll([source, ...MUTANTS.map((m) => source.replace(m.from, m.to))]);
const realPassed = !real.timedOut && real.exitCode === 0 && real.tests >= 3 && real.failed.length === 0;

test('your tests pass against the correct todo API (at least 3 tests)', () => {
  assert.ok(!real.timedOut, 'your tests did not finish within 15 s against the correct API: is a server never closed?');
  assert.ok(real.tests > 0, `no test ran: ${firstError(real) || 'does your file define tests with test(...) from node:test?'}`);
  assert.equal(real.failed.length, 0, `against the CORRECT API these tests fail: ${real.failed.join('; ')} — first error: ${firstError(real)}. A test that fails on correct code asserts the wrong thing.`);
  assert.equal(real.exitCode, 0, `the test run failed (exit code ${real.exitCode}): ${firstError(real)}`);
  assert.ok(real.tests >= 3, `only ${real.tests} test${real.tests === 1 ? '' : 's'}: write at least 3`);
});

MUTANTS.forEach((mutant, i) => {
  test(`your tests catch the bug: ${mutant.bug}`, () => {
    assert.equal(source.split(mutant.from).length, 2, `checker bug: the edit "${mutant.from}" does not match app.mjs exactly once`);
    assert.ok(realPassed, 'first make your tests pass against the correct API (see the first case)');
    const run = mutantRuns[i];
    assert.ok(run.timedOut || run.exitCode !== 0, `every test passed against a copy of the API where ${mutant.bug}: add a test that fails on that bug`);
  });
});
