import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

/** In-memory Redis with INCR / EXPIRE / TTL semantics and a controllable clock. */
function fakeRedis() {
  let now = 0; // seconds
  const data = new Map(); // key → { value: number, expiresAt?: number }
  const calls = [];
  const live = (key) => {
    const e = data.get(key);
    if (e && e.expiresAt !== undefined && e.expiresAt <= now) data.delete(key);
    return data.get(key);
  };
  return {
    calls,
    data,
    advance(seconds) { now += seconds; },
    async incr(key) {
      calls.push(['incr', key]);
      const e = live(key) ?? { value: 0 };
      e.value += 1;
      data.set(key, e);
      return e.value;
    },
    async expire(key, seconds) {
      calls.push(['expire', key, seconds]);
      const e = live(key);
      if (!e) return 0;
      e.expiresAt = now + seconds;
      return 1;
    },
    async ttl(key) {
      calls.push(['ttl', key]);
      const e = live(key);
      if (!e) return -2;
      return e.expiresAt === undefined ? -1 : e.expiresAt - now;
    },
  };
}

test('the first `limit` hits are allowed and remaining counts down', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 3, windowSeconds: 60 });
  const results = [];
  for (let i = 0; i < 3; i++) results.push(await l.hit('1.2.3.4'));
  assert.deepEqual(results.map((r) => [r.allowed, r.remaining]), [[true, 2], [true, 1], [true, 0]]);
});

test('the counter lives in Redis under ratelimit:<key>, created with INCR and given a TTL with EXPIRE', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 3, windowSeconds: 60 });
  await l.hit('1.2.3.4');
  assert.deepEqual(redis.calls.filter((c) => c[0] !== 'ttl').slice(0, 2), [['incr', 'ratelimit:1.2.3.4'], ['expire', 'ratelimit:1.2.3.4', 60]]);
});

test('the hit after the limit is refused with remaining 0 and retryAfterSeconds from the key\'s TTL', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 2, windowSeconds: 60 });
  await l.hit('ip');
  await l.hit('ip');
  redis.advance(15);
  assert.deepEqual(await l.hit('ip'), { allowed: false, remaining: 0, retryAfterSeconds: 45 });
});

test('the window resets when the key expires', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 1, windowSeconds: 60 });
  assert.equal((await l.hit('ip')).allowed, true);
  assert.equal((await l.hit('ip')).allowed, false);
  redis.advance(60);
  assert.deepEqual(await l.hit('ip'), { allowed: true, remaining: 0, retryAfterSeconds: 0 });
});

test('EXPIRE is set only on the first hit, so a client that keeps retrying is let back in on time', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 3, windowSeconds: 60 });
  for (const wait of [0, 30, 20, 5]) { redis.advance(wait); await l.hit('ip'); } // t = 0, 30, 50, 55
  redis.advance(5); // t = 60: the window opened at t = 0 is over
  assert.equal((await l.hit('ip')).allowed, true, 'the window was pushed forward by later hits');
  assert.equal(redis.calls.filter((c) => c[0] === 'expire').length, 2, 'one EXPIRE per window');
});

test('different keys have independent counters', async () => {
  const redis = fakeRedis();
  const l = mod.createRedisRateLimiter({ redis, limit: 1, windowSeconds: 60 });
  await l.hit('alice');
  assert.equal((await l.hit('alice')).allowed, false);
  assert.equal((await l.hit('bob')).allowed, true);
});

test('a counter that lost its TTL (crash between INCR and EXPIRE) is repaired instead of blocking forever', async () => {
  const redis = fakeRedis();
  redis.data.set('ratelimit:ip', { value: 10 }); // no expiresAt: EXPIRE never ran
  const l = mod.createRedisRateLimiter({ redis, limit: 3, windowSeconds: 60 });
  assert.deepEqual(await l.hit('ip'), { allowed: false, remaining: 0, retryAfterSeconds: 60 });
  redis.advance(60);
  assert.equal((await l.hit('ip')).allowed, true);
});
