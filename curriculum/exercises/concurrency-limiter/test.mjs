import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { setImmediate as tick } from 'node:timers/promises';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test('never more than `concurrency` tasks run at the same time (10 tasks, limit 3)', async () => {
  const limit = mod.pLimit(3);
  let running = 0;
  let peak = 0;
  const task = async (ms) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, ms));
    running--;
  };
  await Promise.all([4, 1, 3, 2, 5, 1, 2, 3, 1, 2].map((ms) => limit(task, ms)));
  assert.equal(peak, 3, `peak concurrency was ${peak}`);
});

test('a freed slot is used at once: a fast task finishing lets the next one start while a slow one still runs', async () => {
  const limit = mod.pLimit(2);
  const slow = deferred();
  const fast = deferred();
  const started = [];
  const all = Promise.all([
    limit(() => { started.push('slow'); return slow.promise; }),
    limit(() => { started.push('fast'); return fast.promise; }),
    limit(async () => { started.push('third'); }),
  ]);
  await tick();
  fast.resolve();
  await tick();
  await tick();
  assert.deepEqual(started, ['slow', 'fast', 'third'], 'the third task should start as soon as the fast one is done, without waiting for the slow one');
  slow.resolve();
  await all;
});

test('each promise resolves to its own task\'s result, and extra arguments are passed on', async () => {
  const limit = mod.pLimit(2);
  const results = await Promise.all([3, 1, 2].map((n) => limit(async (a, b) => a * b, n, 10)));
  assert.deepEqual(results, [30, 10, 20]);
});

test('waiting tasks start in first-in, first-out order', async () => {
  const limit = mod.pLimit(1);
  const started = [];
  await Promise.all(['a', 'b', 'c', 'd'].map((name) => limit(async () => { started.push(name); await tick(); })));
  assert.deepEqual(started, ['a', 'b', 'c', 'd']);
});

test('a rejected task rejects only its own promise and the queue keeps going', async () => {
  const limit = mod.pLimit(1);
  const results = await Promise.allSettled([
    limit(async () => 'first'),
    limit(async () => { throw new Error('boom'); }),
    limit(async () => 'third'),
  ]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.equal(results[1].reason.message, 'boom');
  assert.equal(results[2].value, 'third');
});

test('a function that throws synchronously gives a rejected promise, not an exception from limit()', async () => {
  const limit = mod.pLimit(1);
  let p;
  assert.doesNotThrow(() => { p = limit(() => { throw new Error('sync boom'); }); });
  await assert.rejects(p, /sync boom/);
  assert.equal(await limit(() => 'still works'), 'still works');
});

test('activeCount and pendingCount report running and waiting tasks', async () => {
  const limit = mod.pLimit(2);
  const gates = [deferred(), deferred(), deferred(), deferred(), deferred()];
  const all = Promise.all(gates.map((g) => limit(() => g.promise)));
  await tick();
  assert.deepEqual([limit.activeCount, limit.pendingCount], [2, 3]);
  gates[0].resolve();
  await tick();
  assert.deepEqual([limit.activeCount, limit.pendingCount], [2, 2]);
  gates.forEach((g) => g.resolve());
  await all;
  assert.deepEqual([limit.activeCount, limit.pendingCount], [0, 0]);
});

test('pLimit throws a TypeError for a concurrency that is not an integer >= 1', () => {
  for (const bad of [0, -1, 1.5, '2', undefined]) {
    assert.throws(() => mod.pLimit(bad), TypeError, `pLimit(${JSON.stringify(bad)}) should throw`);
  }
});
