import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { updateProfile, updateAddress, addPermission, removePermission } = mod;

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function makeProfile() {
  return deepFreeze({
    id: 1,
    name: 'Ada',
    address: { city: 'London', zip: 'N1' },
    permissions: ['read'],
  });
}

test('updateProfile returns a new profile with the changed name and leaves the original untouched', () => {
  const original = makeProfile();
  const updated = updateProfile(original, { name: 'Ada L.' });
  assert.notEqual(updated, original, 'must return a new object');
  assert.deepEqual(updated, { ...makeProfile(), name: 'Ada L.' });
  assert.equal(original.name, 'Ada');
});

test('updateProfile can add a property that did not exist', () => {
  const updated = updateProfile(makeProfile(), { email: 'ada@example.com' });
  assert.equal(updated.email, 'ada@example.com');
  assert.equal(updated.name, 'Ada');
});

test('updateAddress changes the city and keeps the zip code', () => {
  const original = makeProfile();
  const updated = updateAddress(original, { city: 'Paris' });
  assert.deepEqual(updated.address, { city: 'Paris', zip: 'N1' });
  assert.notEqual(updated.address, original.address, 'the address must be a new object');
  assert.deepEqual(original.address, { city: 'London', zip: 'N1' });
});

test('addPermission appends a new permission in a new array', () => {
  const original = makeProfile();
  const updated = addPermission(original, 'write');
  assert.deepEqual(updated.permissions, ['read', 'write']);
  assert.notEqual(updated, original);
  assert.deepEqual(original.permissions, ['read']);
});

test('addPermission does not add a duplicate', () => {
  const updated = addPermission(makeProfile(), 'read');
  assert.deepEqual(updated.permissions, ['read']);
});

test('removePermission drops the permission and leaves the original untouched', () => {
  const original = deepFreeze({ ...makeProfile(), permissions: ['read', 'write', 'delete'] });
  const updated = removePermission(original, 'write');
  assert.deepEqual(updated.permissions, ['read', 'delete']);
  assert.deepEqual(original.permissions, ['read', 'write', 'delete']);
});

test('removePermission of a permission the profile does not have changes nothing', () => {
  const updated = removePermission(makeProfile(), 'admin');
  assert.deepEqual(updated, makeProfile());
});
