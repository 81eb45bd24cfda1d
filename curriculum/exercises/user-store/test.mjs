import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { createUserStore } = mod;

const fixedClock = () => new Date('2026-01-15T09:30:00.000Z');
const newStore = () => createUserStore({ now: fixedClock });

test('create trims the name, lowercases the email and returns the new user with id 1', () => {
  const store = newStore();
  assert.deepEqual(store.create({ name: ' Ada ', email: ' ADA@Example.com ' }), {
    id: 1,
    name: 'Ada',
    email: 'ada@example.com',
    createdAt: '2026-01-15T09:30:00.000Z',
  });
});

test('list returns every user in creation order', () => {
  const store = newStore();
  store.create({ name: 'Ada', email: 'ada@example.com' });
  store.create({ name: 'Bo', email: 'bo@example.com' });
  assert.deepEqual(store.list().map((u) => [u.id, u.name]), [[1, 'Ada'], [2, 'Bo']]);
});

test('create rejects a missing or blank name with "Name is required"', () => {
  const store = newStore();
  assert.throws(() => store.create({ name: '   ', email: 'a@b.co' }), { message: 'Name is required' });
  assert.throws(() => store.create({ email: 'a@b.co' }), { message: 'Name is required' });
});

test('create rejects "not-an-email", "a@b" and "a b@c.io" with "Invalid email"', () => {
  const store = newStore();
  for (const email of ['not-an-email', 'a@b', 'a b@c.io', undefined]) {
    assert.throws(() => store.create({ name: 'X', email }), { message: 'Invalid email' }, `for ${email}`);
  }
});

test('create rejects a duplicate email, whatever its case, with "Email already exists"', () => {
  const store = newStore();
  store.create({ name: 'Ada', email: 'ada@example.com' });
  assert.throws(() => store.create({ name: 'Other', email: 'ADA@example.com' }), { message: 'Email already exists' });
  assert.equal(store.list().length, 1);
});

test('get returns the user or null; remove returns true once, then false', () => {
  const store = newStore();
  store.create({ name: 'Ada', email: 'ada@example.com' });
  assert.equal(store.get(1).name, 'Ada');
  assert.equal(store.get(99), null);
  assert.equal(store.remove(1), true);
  assert.equal(store.remove(1), false);
  assert.equal(store.get(1), null);
  assert.deepEqual(store.list(), []);
});

test('ids are never reused after a delete, and failed creates do not use up an id', () => {
  const store = newStore();
  store.create({ name: 'Ada', email: 'ada@example.com' });
  store.create({ name: 'Bo', email: 'bo@example.com' });
  store.remove(2);
  assert.throws(() => store.create({ name: '', email: 'x@y.io' }));
  assert.equal(store.create({ name: 'Cy', email: 'cy@example.com' }).id, 3);
});

test('changing a returned user does not change the store', () => {
  const store = newStore();
  const created = store.create({ name: 'Ada', email: 'ada@example.com' });
  created.name = 'Hacked';
  store.list()[0].email = 'hacked@example.com';
  store.get(1).id = 42;
  assert.deepEqual(store.get(1), { id: 1, name: 'Ada', email: 'ada@example.com', createdAt: '2026-01-15T09:30:00.000Z' });
});

test('two stores do not share users', () => {
  const a = newStore();
  const b = newStore();
  a.create({ name: 'Ada', email: 'ada@example.com' });
  assert.deepEqual(b.list(), []);
  assert.equal(b.create({ name: 'Ada', email: 'ada@example.com' }).id, 1);
});
