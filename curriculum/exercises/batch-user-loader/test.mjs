import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const USERS = [{ id: 1, display_name: 'Ada' }, { id: 2, display_name: 'Grace' }, { id: 3, display_name: 'Linus' }, { id: 4, display_name: 'Barbara' }];

/** Answers ANY($1) queries (rows in reverse order, like a database that does not sort) and records calls. */
function fakeDb() {
  const calls = [];
  const db = {
    calls,
    failNext: false,
    async query(text, params) {
      calls.push({ text, params });
      if (!/any\s*\(\s*\$1\s*\)/i.test(text) || !Array.isArray(params?.[0])) throw new Error(`fake db: unsupported query: ${text}`);
      if (db.failNext) { db.failNext = false; throw new Error('connection reset'); }
      const wanted = new Set(params[0]);
      return { rows: USERS.filter((u) => wanted.has(u.id)).reverse().map((u) => ({ ...u })) };
    },
  };
  return db;
}

test('three loads in the same tick make one query with all three ids', async () => {
  const db = fakeDb();
  const loader = mod.createUserLoader(db);
  await Promise.all([loader.load(1), loader.load(2), loader.load(3)]);
  assert.equal(db.calls.length, 1, `expected 1 query, got ${db.calls.length}`);
  assert.deepEqual([...db.calls[0].params[0]].sort(), [1, 2, 3]);
});

test('each caller gets its own user, whatever order the rows come back in', async () => {
  const loader = mod.createUserLoader(fakeDb());
  const users = await Promise.all([loader.load(3), loader.load(1), loader.load(2)]);
  assert.deepEqual(users.map((u) => u.display_name), ['Linus', 'Ada', 'Grace']);
});

test('an id with no row resolves to null', async () => {
  const loader = mod.createUserLoader(fakeDb());
  const [ada, nobody] = await Promise.all([loader.load(1), loader.load(404)]);
  assert.equal(ada.display_name, 'Ada');
  assert.equal(nobody, null);
});

test('duplicate ids in one tick are sent once and resolve to the same user', async () => {
  const db = fakeDb();
  const loader = mod.createUserLoader(db);
  const [a, b, c] = await Promise.all([loader.load(1), loader.load(2), loader.load(1)]);
  assert.equal(db.calls.length, 1);
  assert.equal(db.calls[0].params[0].length, 2, `ids sent: ${JSON.stringify(db.calls[0].params[0])}`);
  assert.equal(a, c);
  assert.equal(b.display_name, 'Grace');
});

test('a load in a later tick starts a new batch, and an id already loaded comes from the cache', async () => {
  const db = fakeDb();
  const loader = mod.createUserLoader(db);
  await loader.load(1);
  await loader.load(2);
  assert.equal(db.calls.length, 2, 'separate ticks should be separate batches');
  const again = await loader.load(1);
  assert.equal(again.display_name, 'Ada');
  assert.equal(db.calls.length, 2, 'loading id 1 again should not query');
});

test('a failing query rejects every load of the batch, and the ids can be loaded again later', async () => {
  const db = fakeDb();
  const loader = mod.createUserLoader(db);
  db.failNext = true;
  const results = await Promise.allSettled([loader.load(1), loader.load(2)]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  assert.match(String(results[0].reason?.message), /connection reset/);
  assert.equal((await loader.load(1)).display_name, 'Ada', 'a failed load must not stay cached');
});
