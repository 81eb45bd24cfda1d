import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { checkAccess } = mod;

test('an admin gets "full" access', () => {
  assert.equal(checkAccess({ isAdmin: true, isActive: true, permissions: [] }), 'full');
});

test('a user with the "read" permission gets "read" access', () => {
  assert.equal(checkAccess({ isAdmin: false, permissions: ['read'] }), 'read');
});

test('a user with "write" (and "read") gets "write" access', () => {
  assert.equal(checkAccess({ isAdmin: false, permissions: ['read', 'write'] }), 'write');
  assert.equal(checkAccess({ isAdmin: false, permissions: ['write'] }), 'write');
});

test('a user with no matching permission is "denied"', () => {
  assert.equal(checkAccess({ isAdmin: false, permissions: ['delete'] }), 'denied');
  assert.equal(checkAccess({ isAdmin: false, permissions: [] }), 'denied');
});

test('a user without a permissions property is "denied" instead of crashing', () => {
  assert.equal(checkAccess({ name: 'Sam' }), 'denied');
  assert.equal(checkAccess({ name: 'Sam', permissions: null }), 'denied');
  assert.equal(checkAccess({ name: 'Sam', permissions: 'read' }), 'denied');
});

test('isAdmin given as the string "false" or "true" does not grant full access', () => {
  assert.equal(checkAccess({ isAdmin: 'false', permissions: [] }), 'denied');
  assert.equal(checkAccess({ isAdmin: 'true', permissions: ['read'] }), 'read');
});

test('a disabled account (isActive: false) is "denied", even for an admin', () => {
  assert.equal(checkAccess({ isAdmin: true, isActive: false, permissions: ['read'] }), 'denied');
  assert.equal(checkAccess({ isActive: false, permissions: ['read'] }), 'denied');
});

test('checkAccess(null) and checkAccess(undefined) are "denied"', () => {
  assert.equal(checkAccess(null), 'denied');
  assert.equal(checkAccess(undefined), 'denied');
});
