import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { createUserProfile } = mod;

test('DEFAULT_ROLE is "member", DEFAULT_PERMISSIONS is ["read"] and ADULT_AGE is 18', () => {
  assert.equal(mod.DEFAULT_ROLE, 'member');
  assert.deepEqual([...mod.DEFAULT_PERMISSIONS], ['read']);
  assert.equal(mod.ADULT_AGE, 18);
});

test('createUserProfile(1, "  Ada ", 36, ["read", "write"]) returns the complete profile', () => {
  assert.deepEqual(createUserProfile(1, '  Ada ', 36, ['read', 'write']), {
    id: 1,
    name: 'Ada',
    age: 36,
    isAdult: true,
    isActive: true,
    role: 'member',
    permissions: ['read', 'write'],
  });
});

test('isAdult is true at exactly 18 and false at 17', () => {
  assert.equal(createUserProfile(2, 'Sam', 18, []).isAdult, true);
  assert.equal(createUserProfile(3, 'Kim', 17, []).isAdult, false);
});

test('permissions default to ["read"] when the argument is omitted', () => {
  assert.deepEqual(createUserProfile(4, 'Lee', 30).permissions, ['read']);
});

test('the profile keeps a copy of the permissions array, not the caller\'s array', () => {
  const input = ['read'];
  const profile = createUserProfile(5, 'Noor', 25, input);
  assert.notEqual(profile.permissions, input, 'profile.permissions must be a new array');
  input.push('delete');
  assert.deepEqual(profile.permissions, ['read']);
});

test('two profiles with default permissions do not share an array', () => {
  const a = createUserProfile(6, 'A', 20);
  const b = createUserProfile(7, 'B', 20);
  assert.notEqual(a.permissions, b.permissions);
  a.permissions.push('write');
  assert.deepEqual(b.permissions, ['read']);
  assert.deepEqual([...mod.DEFAULT_PERMISSIONS], ['read'], 'DEFAULT_PERMISSIONS must not change');
});
