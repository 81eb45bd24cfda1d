import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

function clock(start = 0) {
  let t = start;
  const now = () => t;
  now.set = (ms) => { t = ms; };
  return now;
}

function limiter(now, limit = 3, windowMs = 1000) {
  return mod.createRateLimiter({ limit, windowMs, now });
}

test('the first hits are allowed and remaining counts down 2, 1, 0 (limit 3)', () => {
  const now = clock();
  const l = limiter(now);
  const results = [0, 500, 900].map((t) => { now.set(t); return l.hit('1.2.3.4'); });
  assert.deepEqual(results, [
    { allowed: true, remaining: 2, retryAfterMs: 0 },
    { allowed: true, remaining: 1, retryAfterMs: 0 },
    { allowed: true, remaining: 0, retryAfterMs: 0 },
  ]);
});

test('the hit after the limit is refused with remaining 0 and retryAfterMs until the oldest hit expires', () => {
  const now = clock();
  const l = limiter(now);
  for (const t of [0, 500, 900]) { now.set(t); l.hit('ip'); }
  now.set(950);
  assert.deepEqual(l.hit('ip'), { allowed: false, remaining: 0, retryAfterMs: 50 });
});

test('the window slides: when the oldest hit expires exactly one more hit is allowed', () => {
  const now = clock();
  const l = limiter(now);
  for (const t of [0, 500, 900]) { now.set(t); l.hit('ip'); }
  now.set(1000); // the hit from t=0 is now exactly windowMs old: it no longer counts
  assert.equal(l.hit('ip').allowed, true);
  now.set(1001);
  const r = l.hit('ip');
  assert.equal(r.allowed, false, 'a fixed window would allow a new burst here; a sliding one must not');
  assert.equal(r.retryAfterMs, 499, 'the next slot opens when the hit from t=500 leaves (t=1500)');
});

test('refused hits are not recorded, so hammering does not extend the wait', () => {
  const now = clock();
  const l = limiter(now, 2, 1000);
  now.set(0); l.hit('ip'); l.hit('ip');
  for (let t = 100; t < 1000; t += 100) { now.set(t); assert.equal(l.hit('ip').allowed, false); }
  now.set(1000);
  assert.equal(l.hit('ip').allowed, true);
});

test('keys are independent: one client hitting the limit does not affect another', () => {
  const now = clock();
  const l = limiter(now, 1, 1000);
  assert.equal(l.hit('alice').allowed, true);
  assert.equal(l.hit('alice').allowed, false);
  assert.deepEqual(l.hit('bob'), { allowed: true, remaining: 0, retryAfterMs: 0 });
});

test('after a quiet period longer than the window the full limit is available again', () => {
  const now = clock(1_700_000_000_000);
  const l = limiter(now, 3, 60_000);
  for (let i = 0; i < 3; i++) l.hit('ip');
  now.set(1_700_000_000_000 + 60_000);
  assert.deepEqual(l.hit('ip'), { allowed: true, remaining: 2, retryAfterMs: 0 });
});
