import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { setImmediate as tick } from 'node:timers/promises';
const { createJobQueue } = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const T0 = 1_700_000_000_000;

function clock(start = T0) {
  const c = () => c.t;
  c.t = start;
  return c;
}

function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** Fails with a safety net instead of hanging forever when work() never resolves. */
async function within(promise, what = 'work()') {
  let timer;
  const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} never resolved: is a slot never freed, or does it wait for delayed jobs?`)), 2000); });
  try { return await Promise.race([promise, limit]); } finally { clearTimeout(timer); }
}

const failing = (message = 'smtp down') => async () => { throw new Error(message); };

test('a job runs once with its payload, { jobId, attempt: 1 }, and keeps its result', async () => {
  const calls = [];
  const q = createJobQueue({ handler: async (payload, job) => { calls.push([payload, job]); return 'sent'; }, now: clock() });
  const id = q.enqueue({ to: 'ada' }, { jobId: 'welcome-1' });
  assert.equal(id, 'welcome-1');
  assert.equal(q.status(id).state, 'waiting');
  await within(q.work());
  assert.deepEqual(calls, [[{ to: 'ada' }, { jobId: 'welcome-1', attempt: 1 }]]);
  assert.deepEqual({ ...q.status(id), runAt: undefined }, { state: 'completed', attempts: 1, runAt: undefined, result: 'sent', error: undefined });
});

test('enqueue without a jobId makes a new unique id; status of an unknown id is undefined', async () => {
  const q = createJobQueue({ handler: () => {}, now: clock() });
  const ids = Array.from({ length: 10 }, (_, i) => q.enqueue(i));
  assert.equal(new Set(ids).size, 10);
  for (const id of ids) assert.equal(typeof id, 'string');
  assert.equal(q.status('nope'), undefined);
  await within(q.work());
});

test('with concurrency 1, jobs run in enqueue order', async () => {
  const order = [];
  const q = createJobQueue({ handler: async (p) => { order.push(p); await tick(); }, concurrency: 1, now: clock() });
  for (const p of ['a', 'b', 'c', 'd']) q.enqueue(p);
  await within(q.work());
  assert.deepEqual(order, ['a', 'b', 'c', 'd']);
});

test('never more than `concurrency` handlers at once (8 jobs, concurrency 3)', async () => {
  let running = 0;
  let peak = 0;
  const q = createJobQueue({
    handler: async (steps) => { running++; peak = Math.max(peak, running); for (let i = 0; i < steps; i++) await tick(); running--; },
    concurrency: 3, now: clock(),
  });
  for (const steps of [3, 1, 4, 1, 5, 2, 6, 1]) q.enqueue(steps);
  await within(q.work());
  assert.equal(peak, 3, `peak concurrency was ${peak}, the limit is 3`);
});

test('a freed slot is used at once: a fast job finishing lets the next start while a slow one still runs', async () => {
  const gates = { slow: deferred(), fast: deferred() };
  const started = [];
  const q = createJobQueue({ handler: (name) => { started.push(name); return gates[name]?.promise; }, concurrency: 2, now: clock() });
  for (const name of ['slow', 'fast', 'third']) q.enqueue(name);
  const done = q.work();
  await tick();
  assert.deepEqual(started, ['slow', 'fast'], 'two slots: the first two jobs start, the third waits');
  gates.fast.resolve();
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(started, ['slow', 'fast', 'third'], 'the third job must start as soon as the fast one is done, not after the slow one');
  gates.slow.resolve();
  await within(done);
});

test('exponential backoff: a failing job is due again after 1 s, 2 s, 4 s (backoffMs * 2 ** (attempt - 1))', async () => {
  const now = clock();
  const attempts = [];
  const q = createJobQueue({ handler: async (_, job) => { attempts.push([job.attempt, now.t - T0]); throw new Error('partner API 503'); }, maxAttempts: 4, backoffMs: 1000, now });
  const id = q.enqueue('x');
  await within(q.work());
  assert.deepEqual(q.status(id), { state: 'waiting', attempts: 1, runAt: T0 + 1000, result: undefined, error: 'partner API 503' },
    'after the first failure the job waits backoffMs (1000 ms) from now()');
  now.t = T0 + 999;
  await within(q.work());
  assert.equal(attempts.length, 1, 'the job ran again before its backoff had passed');
  for (const [at, next] of [[T0 + 1000, T0 + 3000], [T0 + 3000, T0 + 7000]]) {
    now.t = at;
    await within(q.work());
    assert.equal(q.status(id).runAt, next, `after attempt ${attempts.length} at +${at - T0} ms the next try is due at +${next - T0} ms (delays 1 s, 2 s, 4 s: exponential, not linear)`);
  }
  assert.deepEqual(attempts, [[1, 0], [2, 1000], [3, 3000]]);
});

test('dead letter after exactly maxAttempts attempts, with the last error', async () => {
  const now = clock();
  let calls = 0;
  const q = createJobQueue({ handler: async () => { calls++; throw new Error(`failure ${calls}`); }, maxAttempts: 3, backoffMs: 10, now });
  const id = q.enqueue({ invoice: 42 }, { jobId: 'invoice-42' });
  for (let i = 0; i < 6; i++) {
    await within(q.work());
    now.t += 1000;
  }
  assert.equal(calls, 3, `maxAttempts 3 means 3 attempts in all (1 + 2 retries), the handler ran ${calls} times`);
  assert.equal(q.status(id).state, 'dead');
  assert.deepEqual(q.deadLetters(), [{ jobId: 'invoice-42', payload: { invoice: 42 }, attempts: 3, error: 'failure 3' }]);
});

test('maxAttempts 1: the first failure goes straight to the dead letters', async () => {
  const q = createJobQueue({ handler: failing('boom'), maxAttempts: 1, now: clock() });
  q.enqueue('a', { jobId: 'a' });
  await within(q.work());
  assert.equal(q.status('a').state, 'dead');
  assert.equal(q.deadLetters().length, 1);
});

test('a job that fails twice then succeeds is completed after 3 attempts', async () => {
  const now = clock();
  const q = createJobQueue({ handler: async (_, { attempt }) => { if (attempt < 3) throw new Error('not yet'); return 'ok'; }, backoffMs: 100, now });
  const id = q.enqueue('x');
  for (let i = 0; i < 4; i++) { await within(q.work()); now.t += 1000; }
  assert.deepEqual({ state: q.status(id).state, attempts: q.status(id).attempts, result: q.status(id).result }, { state: 'completed', attempts: 3, result: 'ok' });
  assert.deepEqual(q.deadLetters(), []);
});

test('a throw that is not an Error, or a synchronous throw, still counts as a failure', async () => {
  const q = createJobQueue({
    handler: (p) => { if (p === 'sync') throw new Error('sync boom'); return Promise.reject('plain string'); },
    maxAttempts: 1, now: clock(),
  });
  q.enqueue('sync', { jobId: 'sync' });
  q.enqueue('async', { jobId: 'async' });
  await within(q.work());
  assert.equal(q.status('sync').error, 'sync boom');
  assert.equal(q.status('async').error, 'plain string');
});

test('the same jobId is one job: enqueued again while waiting, after completing or after dying, it does not run again', async () => {
  const now = clock();
  const runs = [];
  const q = createJobQueue({ handler: async (p) => { runs.push(p); if (p === 'bad') throw new Error('no'); }, maxAttempts: 1, now });
  assert.equal(q.enqueue('first', { jobId: 'invoice-42' }), 'invoice-42');
  assert.equal(q.enqueue('second', { jobId: 'invoice-42' }), 'invoice-42');
  await within(q.work());
  q.enqueue('third', { jobId: 'invoice-42' });
  q.enqueue('bad', { jobId: 'bad-1' });
  await within(q.work());
  q.enqueue('bad', { jobId: 'bad-1' });
  await within(q.work());
  assert.deepEqual(runs, ['first', 'bad'], 'a jobId already known (waiting, completed or dead) must not be added again: the invoice would be sent twice');
  assert.equal(q.status('invoice-42').state, 'completed');
});

test('a failing job does not hold up the others', async () => {
  const ran = [];
  const q = createJobQueue({ handler: async (p) => { ran.push(p); if (p === 'bad') throw new Error('x'); }, concurrency: 1, now: clock() });
  q.enqueue('bad');
  q.enqueue('good');
  await within(q.work());
  assert.deepEqual(ran, ['bad', 'good'], 'a retry waits for its backoff; the next job runs meanwhile');
});

test('due jobs run oldest runAt first: a new job due earlier beats a retry due later', async () => {
  const now = clock();
  const ran = [];
  const q = createJobQueue({ handler: async (p, { attempt }) => { ran.push(`${p}#${attempt}`); if (p === 'flaky' && attempt === 1) throw new Error('x'); }, concurrency: 1, backoffMs: 1000, now });
  q.enqueue('flaky');
  await within(q.work());
  now.t = T0 + 500;
  q.enqueue('fresh');
  now.t = T0 + 2000;
  await within(q.work());
  assert.deepEqual(ran, ['flaky#1', 'fresh#1', 'flaky#2']);
});

test('work() with nothing due resolves at once', async () => {
  const q = createJobQueue({ handler: () => assert.fail('no job should run'), now: clock() });
  await within(q.work());
});
