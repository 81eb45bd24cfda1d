import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { processUsers } = mod;

function sampleUsers() {
  return [
    { name: 'Ada', isActive: true },
    { name: 'Bob', isActive: false },
    { name: '   ', isActive: true },
    { name: ' Cy ', isActive: true },
    { name: 'Dee', isActive: true },
  ];
}

test('processUsers returns the trimmed names of active users and counts the skipped ones', () => {
  assert.deepEqual(processUsers(sampleUsers()), { names: ['Ada', 'Cy', 'Dee'], skipped: 2 });
});

test('processUsers(users, 2) stops after two names', () => {
  assert.deepEqual(processUsers(sampleUsers(), 2), { names: ['Ada', 'Cy'], skipped: 2 });
});

test('users after the stop are not counted as skipped: processUsers(users, 1)', () => {
  assert.deepEqual(processUsers(sampleUsers(), 1), { names: ['Ada'], skipped: 0 });
});

test('processUsers(users, 0) processes nobody', () => {
  assert.deepEqual(processUsers(sampleUsers(), 0), { names: [], skipped: 0 });
});

test('processUsers([]) returns no names and no skipped users', () => {
  assert.deepEqual(processUsers([]), { names: [], skipped: 0 });
});

test('only isActive === true counts as active ("true", 1 and a missing flag are skipped)', () => {
  const users = [
    { name: 'A', isActive: 'true' },
    { name: 'B', isActive: 1 },
    { name: 'C' },
    { name: 'D', isActive: true },
  ];
  assert.deepEqual(processUsers(users), { names: ['D'], skipped: 3 });
});

test('users with a missing or non-string name are skipped instead of crashing', () => {
  const users = [{ isActive: true }, { name: null, isActive: true }, { name: 42, isActive: true }, { name: 'Eve', isActive: true }];
  assert.deepEqual(processUsers(users), { names: ['Eve'], skipped: 3 });
});

test('processUsers does not modify the users array', () => {
  const users = Object.freeze(sampleUsers().map((u) => Object.freeze(u)));
  processUsers(users);
  assert.deepEqual(users, sampleUsers());
});
