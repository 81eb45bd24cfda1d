import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

/** An in-memory stand-in for ioredis, with a clock we control. */
function fakeRedis() {
  let nowMs = 0;
  const data = new Map(); // key → { value, expiresAt }
  const calls = [];
  const live = (key) => {
    const e = data.get(key);
    if (e && e.expiresAt !== undefined && e.expiresAt <= nowMs) data.delete(key);
    return data.get(key);
  };
  return {
    calls,
    data,
    advance(seconds) { nowMs += seconds * 1000; },
    async get(key) { calls.push(['get', key]); return live(key)?.value ?? null; },
    async set(key, value, mode, seconds) {
      calls.push(['set', key, value, mode, seconds]);
      if (typeof value !== 'string') throw new TypeError('fake redis: values must be strings (use JSON.stringify)');
      data.set(key, { value, expiresAt: mode === 'EX' ? nowMs + seconds * 1000 : undefined });
      return 'OK';
    },
    async del(key) { calls.push(['del', key]); return data.delete(key) ? 1 : 0; },
  };
}

function fakeDb(users) {
  const db = {
    reads: 0,
    async findUserById(id) { db.reads++; const u = users[id]; return u ? structuredClone(u) : null; },
  };
  return db;
}

const ADA = { id: 42, name: 'Ada', email: 'ada@example.com', roles: ['author'] };

test('a miss reads the database and stores the user as JSON under user:<id> with EX 3600', async () => {
  const cache = fakeRedis();
  const db = fakeDb({ 42: ADA });
  assert.deepEqual(await mod.getUserWithCache(42, { cache, db }), ADA);
  assert.equal(db.reads, 1);
  const set = cache.calls.find((c) => c[0] === 'set');
  assert.ok(set, 'expected cache.set to be called on a miss');
  assert.deepEqual(set, ['set', 'user:42', JSON.stringify(ADA), 'EX', 3600]);
});

test('a second call is a hit: same user, no second database read', async () => {
  const cache = fakeRedis();
  const db = fakeDb({ 42: ADA });
  await mod.getUserWithCache(42, { cache, db });
  const again = await mod.getUserWithCache(42, { cache, db });
  assert.equal(db.reads, 1, 'the database was read again on a cache hit');
  assert.deepEqual(again, ADA, 'a hit must return the parsed object, not the JSON string');
});

test('after the TTL expires the user is read from the database again', async () => {
  const cache = fakeRedis();
  const db = fakeDb({ 42: ADA });
  await mod.getUserWithCache(42, { cache, db, ttlSeconds: 60 });
  cache.advance(59);
  await mod.getUserWithCache(42, { cache, db, ttlSeconds: 60 });
  assert.equal(db.reads, 1, 'still cached after 59 s');
  cache.advance(1);
  await mod.getUserWithCache(42, { cache, db, ttlSeconds: 60 });
  assert.equal(db.reads, 2, 'expired after 60 s');
});

test('a missing user is cached as "null" for missTtlSeconds (30 by default), and the cached null is a hit', async () => {
  const cache = fakeRedis();
  const db = fakeDb({});
  assert.equal(await mod.getUserWithCache(7, { cache, db }), null);
  const set = cache.calls.find((c) => c[0] === 'set');
  assert.deepEqual(set, ['set', 'user:7', 'null', 'EX', 30], 'a miss should be cached as the string "null" with EX 30');
  assert.equal(await mod.getUserWithCache(7, { cache, db }), null, 'a cached "null" must return null');
  assert.equal(db.reads, 1, 'a cached "null" is a hit: the database should not be read again');
});

test('a user created after a cached miss shows up once the short miss TTL runs out', async () => {
  const cache = fakeRedis();
  const users = {};
  const db = fakeDb(users);
  assert.equal(await mod.getUserWithCache(7, { cache, db, missTtlSeconds: 10 }), null);
  users[7] = { id: 7, name: 'Kim' };
  cache.advance(9);
  assert.equal(await mod.getUserWithCache(7, { cache, db, missTtlSeconds: 10 }), null, 'the miss is cached for 10 s');
  cache.advance(1);
  assert.deepEqual(await mod.getUserWithCache(7, { cache, db, missTtlSeconds: 10 }), { id: 7, name: 'Kim' },
    'after missTtlSeconds the new user must be visible (a miss cached with the long TTL hides it for an hour)');
});

test('a cached user survives the JSON round trip (nested arrays, strings)', async () => {
  const cache = fakeRedis();
  await cache.set('user:5', JSON.stringify({ id: 5, name: 'Grace', roles: ['admin', 'author'] }), 'EX', 100);
  const db = fakeDb({});
  assert.deepEqual(await mod.getUserWithCache(5, { cache, db }), { id: 5, name: 'Grace', roles: ['admin', 'author'] });
  assert.equal(db.reads, 0);
});

test('if the cache is down (get and set throw) the user still comes from the database', async () => {
  const broken = {
    async get() { throw new Error('ECONNREFUSED'); },
    async set() { throw new Error('ECONNREFUSED'); },
    async del() { throw new Error('ECONNREFUSED'); },
  };
  const db = fakeDb({ 42: ADA });
  assert.deepEqual(await mod.getUserWithCache(42, { cache: broken, db }), ADA);
});
