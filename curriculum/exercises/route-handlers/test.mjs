import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { listUsers, getUser, createUser } = mod;

// The in-memory repository the handlers receive (what a real app would back with a database).
function createDb() {
  const users = [
    { id: 1, name: 'Ada', email: 'ada@example.com', passwordHash: '$2b$10$secret-ada' },
    { id: 2, name: 'Alan', email: 'alan@example.com', passwordHash: '$2b$10$secret-alan' },
  ];
  let nextId = 3;
  return {
    listUsers: () => users.map((u) => ({ ...u })),
    findUserById: (id) => {
      const user = users.find((u) => u.id === id);
      return user ? { ...user } : null;
    },
    findUserByEmail: (email) => {
      const user = users.find((u) => u.email === email);
      return user ? { ...user } : null;
    },
    insertUser: ({ name, email }) => {
      const user = { id: nextId++, name, email, passwordHash: '$2b$10$secret-new' };
      users.push(user);
      return { ...user };
    },
    count: () => users.length,
  };
}

function assertError(res, status, code) {
  assert.equal(res.status, status);
  assert.equal(res.body.error?.code, code);
  assert.equal(typeof res.body.error.message, 'string');
  assert.ok(res.body.error.message.length > 0, 'error.message must not be empty');
  assert.equal('data' in res.body, false, 'an error response has no data');
}

test('listUsers returns 200 with { data: [...] } holding id, name and email only', () => {
  assert.deepEqual(listUsers({ params: {} }, createDb()), {
    status: 200,
    body: {
      data: [
        { id: 1, name: 'Ada', email: 'ada@example.com' },
        { id: 2, name: 'Alan', email: 'alan@example.com' },
      ],
    },
  });
});

test('getUser with id "2" returns 200 and that user without passwordHash', () => {
  assert.deepEqual(getUser({ params: { id: '2' } }, createDb()), {
    status: 200,
    body: { data: { id: 2, name: 'Alan', email: 'alan@example.com' } },
  });
});

test('getUser with an unknown id returns 404 NOT_FOUND', () => {
  assertError(getUser({ params: { id: '7' } }, createDb()), 404, 'NOT_FOUND');
});

test('getUser with id "abc", "0" or "1.5" returns 422 INVALID_ID', () => {
  for (const id of ['abc', '0', '1.5', '-1', '']) {
    assertError(getUser({ params: { id } }, createDb()), 422, 'INVALID_ID');
  }
});

test('createUser returns 201 with the new user (trimmed name, lowercased email, no passwordHash)', () => {
  const db = createDb();
  const res = createUser({ body: { name: ' Grace ', email: ' Grace@Example.com ' } }, db);
  assert.deepEqual(res, { status: 201, body: { data: { id: 3, name: 'Grace', email: 'grace@example.com' } } });
  assert.equal(db.count(), 3);
});

test('createUser with a missing or blank name returns 422 VALIDATION_FAILED and stores nothing', () => {
  const db = createDb();
  assertError(createUser({ body: { email: 'x@example.com' } }, db), 422, 'VALIDATION_FAILED');
  assertError(createUser({ body: { name: '  ', email: 'x@example.com' } }, db), 422, 'VALIDATION_FAILED');
  assert.equal(db.count(), 2);
});

test('createUser with an invalid email, or no body at all, returns 422 VALIDATION_FAILED', () => {
  const db = createDb();
  assertError(createUser({ body: { name: 'X', email: 'not-an-email' } }, db), 422, 'VALIDATION_FAILED');
  assertError(createUser({ body: { name: 'X', email: 42 } }, db), 422, 'VALIDATION_FAILED');
  assertError(createUser({}, db), 422, 'VALIDATION_FAILED');
});

test('createUser with an email already in use (any case) returns 409 EMAIL_TAKEN', () => {
  const db = createDb();
  assertError(createUser({ body: { name: 'Ada Two', email: 'ADA@example.com' } }, db), 409, 'EMAIL_TAKEN');
  assert.equal(db.count(), 2);
});
