import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

/** A fake Redis and a fake database sharing one log, so the order of calls can be checked. */
function setup(initialUsers = { 1: { id: 1, name: 'Ada' } }) {
  const log = [];
  const store = new Map();
  const users = new Map(Object.entries(initialUsers).map(([k, v]) => [Number(k), v]));
  const cache = {
    async get(key) { log.push(`cache.get ${key}`); return store.get(key) ?? null; },
    async set(key, value) { log.push(`cache.set ${key}`); store.set(key, value); return 'OK'; },
    async del(key) { log.push(`cache.del ${key}`); return store.delete(key) ? 1 : 0; },
  };
  const db = {
    async findUserById(id) { log.push(`db.find ${id}`); return users.has(id) ? { ...users.get(id) } : null; },
    async updateUser(id, changes) {
      log.push(`db.update ${id}`);
      if (!users.has(id)) return null;
      users.set(id, { ...users.get(id), ...changes });
      return { ...users.get(id) };
    },
    async deleteUser(id) { log.push(`db.delete ${id}`); return users.delete(id); },
  };
  return { log, store, deps: { cache, db } };
}

test('after updateUser, getUser returns the new data instead of the stale cached copy', async () => {
  const { deps } = setup();
  await mod.getUser(1, deps); // now cached
  await mod.updateUser(1, { name: 'Ada Lovelace' }, deps);
  assert.deepEqual(await mod.getUser(1, deps), { id: 1, name: 'Ada Lovelace' });
});

test('updateUser writes the database first, then deletes user:<id> from the cache', async () => {
  const { deps, log } = setup();
  await mod.getUser(1, deps);
  log.length = 0;
  await mod.updateUser(1, { name: 'Ada L.' }, deps);
  const update = log.indexOf('db.update 1');
  const del = log.indexOf('cache.del user:1');
  assert.ok(update !== -1, 'db.updateUser was not called');
  assert.ok(del !== -1, 'cache.del("user:1") was not called');
  assert.ok(update < del, `expected the database write before the cache delete, got: ${log.join(', ')}`);
});

test('updateUser deletes the key rather than writing the new value with cache.set', async () => {
  const { deps, log } = setup();
  await mod.updateUser(1, { name: 'Ada L.' }, deps);
  assert.deepEqual(log.filter((l) => l.startsWith('cache.set')), []);
});

test('updateUser returns the updated user, or null when the user does not exist', async () => {
  const { deps } = setup();
  assert.deepEqual(await mod.updateUser(1, { name: 'Ada L.' }, deps), { id: 1, name: 'Ada L.' });
  assert.equal(await mod.updateUser(99, { name: 'Nobody' }, deps), null);
});

test('when the database update fails the error propagates and the cached copy is kept', async () => {
  const { deps, store } = setup();
  await mod.getUser(1, deps);
  deps.db.updateUser = async () => { throw new Error('deadlock detected'); };
  await assert.rejects(mod.updateUser(1, { name: 'X' }, deps), /deadlock detected/);
  assert.ok(store.has('user:1'), 'the database did not change, so the cached row is still correct');
});

test('deleteUser removes the row and the cache entry, so getUser then returns null', async () => {
  const { deps, log } = setup();
  await mod.getUser(1, deps);
  assert.equal(await mod.deleteUser(1, deps), true);
  assert.ok(log.includes('cache.del user:1'), `deleteUser never deleted user:1 from the cache, so the deleted user is still served: ${log.join(', ')}`);
  assert.ok(log.indexOf('db.delete 1') < log.indexOf('cache.del user:1'), `wrong order: ${log.join(', ')}`);
  assert.equal(await mod.getUser(1, deps), null);
  assert.equal(await mod.deleteUser(1, deps), false);
});
