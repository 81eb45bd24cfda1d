import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { listPosts } = mod;

const POSTS = [
  { id: 1, title: 'Closures', author: 'ada', status: 'published', views: 50, createdAt: '2025-01-05T10:00:00.000Z' },
  { id: 2, title: 'Async', author: 'alan', status: 'published', views: 120, createdAt: '2025-03-01T10:00:00.000Z' },
  { id: 3, title: 'Joins', author: 'ada', status: 'draft', views: 0, createdAt: '2025-04-10T10:00:00.000Z' },
  { id: 4, title: 'Indexes', author: 'grace', status: 'published', views: 120, createdAt: '2025-02-14T10:00:00.000Z' },
  { id: 5, title: 'Errors', author: 'ada', status: 'published', views: 75, createdAt: '2025-05-20T10:00:00.000Z' },
];
const posts = () => Object.freeze(POSTS.map((p) => Object.freeze({ ...p })));
const ids = (res) => res.body.data.map((p) => p.id);

test('with no query, all posts are returned newest first (default sort -createdAt)', () => {
  const res = listPosts(posts(), {});
  assert.equal(res.status, 200);
  assert.deepEqual(ids(res), [5, 3, 2, 4, 1]);
});

test('?status=published keeps only published posts', () => {
  assert.deepEqual(ids(listPosts(posts(), { status: 'published' })), [5, 2, 4, 1]);
});

test('?status=published&author=ada combines both filters', () => {
  assert.deepEqual(ids(listPosts(posts(), { status: 'published', author: 'ada' })), [5, 1]);
});

test('?sort=title sorts A→Z and ?sort=-views sorts by most views', () => {
  assert.deepEqual(ids(listPosts(posts(), { sort: 'title' })), [2, 1, 5, 4, 3]);
  assert.deepEqual(ids(listPosts(posts(), { sort: '-views' })).slice(2), [5, 1, 3]);
});

test('?sort=-views,title breaks the tie between equal views by title', () => {
  assert.deepEqual(ids(listPosts(posts(), { sort: '-views,title' })), [2, 4, 5, 1, 3]);
  assert.deepEqual(ids(listPosts(posts(), { sort: '-views,-title' })), [4, 2, 5, 1, 3]);
});

test('?sort=password returns 422 INVALID_SORT naming the field', () => {
  const res = listPosts(posts(), { sort: 'password' });
  assert.equal(res.status, 422);
  assert.equal(res.body.error?.code, 'INVALID_SORT');
  assert.match(res.body.error.message, /password/);
  assert.equal(listPosts(posts(), { sort: 'title,-secret' }).body.error?.code, 'INVALID_SORT');
});

test('?status=deleted returns 422 INVALID_FILTER', () => {
  const res = listPosts(posts(), { status: 'deleted' });
  assert.equal(res.status, 422);
  assert.equal(res.body.error?.code, 'INVALID_FILTER');
  assert.equal(typeof res.body.error.message, 'string');
});

test('unknown query parameters such as page are ignored', () => {
  assert.deepEqual(ids(listPosts(posts(), { page: '2', limit: '1' })), [5, 3, 2, 4, 1]);
});

test('listPosts does not modify the posts array (it is frozen in this check)', () => {
  const input = posts();
  listPosts(input, { sort: 'views' });
  assert.deepEqual(input.map((p) => p.id), [1, 2, 3, 4, 5]);
});
