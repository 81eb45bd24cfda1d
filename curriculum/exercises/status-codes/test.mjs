import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { toHttpResponse } = mod;

const errorBody = (code, message) => ({ error: { code, message } });

test('"ok" becomes 200 with { data } and "created" becomes 201 with { data }', () => {
  assert.deepEqual(toHttpResponse({ type: 'ok', data: [1, 2] }), { status: 200, body: { data: [1, 2] } });
  assert.deepEqual(toHttpResponse({ type: 'created', data: { id: 5 } }), { status: 201, body: { data: { id: 5 } } });
});

test('"deleted" becomes 204 with no body (null)', () => {
  assert.deepEqual(toHttpResponse({ type: 'deleted' }), { status: 204, body: null });
});

test('"invalid" becomes 422 VALIDATION_FAILED with the outcome\'s message (400 is for a body that does not parse)', () => {
  assert.deepEqual(toHttpResponse({ type: 'invalid', message: 'title is required' }), {
    status: 422,
    body: errorBody('VALIDATION_FAILED', 'title is required'),
  });
});

test('"unauthenticated" is 401 and "forbidden" is 403: not logged in vs not allowed', () => {
  assert.deepEqual(toHttpResponse({ type: 'unauthenticated' }), {
    status: 401,
    body: errorBody('UNAUTHENTICATED', 'Authentication required'),
  });
  assert.deepEqual(toHttpResponse({ type: 'forbidden' }), {
    status: 403,
    body: errorBody('FORBIDDEN', 'You do not have access to this resource'),
  });
});

test('"not-found" with resource "Post" becomes 404 "Post not found"', () => {
  assert.deepEqual(toHttpResponse({ type: 'not-found', resource: 'Post' }), {
    status: 404,
    body: errorBody('NOT_FOUND', 'Post not found'),
  });
});

test('"conflict" becomes 409 CONFLICT with the outcome\'s message', () => {
  assert.deepEqual(toHttpResponse({ type: 'conflict', message: 'Email already registered' }), {
    status: 409,
    body: errorBody('CONFLICT', 'Email already registered'),
  });
});

test('an unknown outcome type, or no outcome at all, becomes 500 INTERNAL_ERROR', () => {
  const internal = { status: 500, body: errorBody('INTERNAL_ERROR', 'Internal server error') };
  assert.deepEqual(toHttpResponse({ type: 'exploded', message: 'db password wrong' }), internal);
  assert.deepEqual(toHttpResponse(undefined), internal);
  assert.deepEqual(toHttpResponse({}), internal);
});
