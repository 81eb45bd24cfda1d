import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { matchRoute, findRoute } = mod;

test('matchRoute("/users/:id/posts", "/users/42/posts") returns { id: "42" }', () => {
  assert.deepEqual(matchRoute('/users/:id/posts', '/users/42/posts'), { id: '42' });
});

test('matchRoute captures several parameters and matches a static path with {}', () => {
  assert.deepEqual(matchRoute('/users/:userId/posts/:postId', '/users/7/posts/99'), { userId: '7', postId: '99' });
  assert.deepEqual(matchRoute('/users', '/users'), {});
  assert.deepEqual(matchRoute('/', '/'), {});
});

test('matchRoute returns null when the number of segments or a literal segment differs', () => {
  assert.equal(matchRoute('/users/:id', '/users/42/posts'), null);
  assert.equal(matchRoute('/users/:id', '/users'), null);
  assert.equal(matchRoute('/users/:id/posts', '/users/42/comments'), null);
  assert.equal(matchRoute('/users', '/Users'), null);
});

test('matchRoute does not let a parameter match an empty segment ("/users//posts")', () => {
  assert.equal(matchRoute('/users/:id/posts', '/users//posts'), null);
});

test('matchRoute ignores a trailing slash and the query string', () => {
  assert.deepEqual(matchRoute('/users/:id', '/users/42/'), { id: '42' });
  assert.deepEqual(matchRoute('/users', '/users?page=2&limit=10'), {});
});

test('matchRoute URL-decodes parameter values ("node%20js" → "node js")', () => {
  assert.deepEqual(matchRoute('/tags/:tag', '/tags/node%20js'), { tag: 'node js' });
});

const routes = [
  { method: 'GET', pattern: '/users', name: 'list' },
  { method: 'POST', pattern: '/users', name: 'create' },
  { method: 'GET', pattern: '/users/:id', name: 'show' },
  { method: 'DELETE', pattern: '/users/:id', name: 'remove' },
  { method: 'GET', pattern: '/users/:id/posts', name: 'posts' },
];

test('findRoute returns status 200 with the matching route and its params', () => {
  const result = findRoute(routes, 'GET', '/users/42/posts');
  assert.equal(result.status, 200);
  assert.equal(result.route.name, 'posts');
  assert.deepEqual(result.params, { id: '42' });
  assert.equal(findRoute(routes, 'POST', '/users').route.name, 'create');
});

test('findRoute returns 405 with the sorted allowed methods when only the method is wrong', () => {
  assert.deepEqual(findRoute(routes, 'PUT', '/users/42'), { status: 405, allow: ['DELETE', 'GET'] });
  assert.deepEqual(findRoute(routes, 'DELETE', '/users'), { status: 405, allow: ['GET', 'POST'] });
});

test('findRoute returns 404 when no pattern matches the path', () => {
  assert.deepEqual(findRoute(routes, 'GET', '/orders/1'), { status: 404 });
  assert.deepEqual(findRoute([], 'GET', '/'), { status: 404 });
});

test('findRoute picks the first matching route when two patterns match', () => {
  const ordered = [
    { method: 'GET', pattern: '/users/me', name: 'me' },
    { method: 'GET', pattern: '/users/:id', name: 'show' },
  ];
  assert.equal(findRoute(ordered, 'GET', '/users/me').route.name, 'me');
  assert.equal(findRoute(ordered, 'GET', '/users/5').route.name, 'show');
});
