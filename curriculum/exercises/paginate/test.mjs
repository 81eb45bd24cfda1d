import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { paginate } = mod;

const range = (n) => Object.freeze(Array.from({ length: n }, (_, i) => i + 1));

test('without a query, paginate returns page 1 with 10 items and the right meta', () => {
  assert.deepEqual(paginate(range(25)), {
    data: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    meta: { page: 1, limit: 10, total: 25, totalPages: 3 },
  });
});

test('{ page: "3", limit: "10" } over 25 items returns the last 5 items', () => {
  assert.deepEqual(paginate(range(25), { page: '3', limit: '10' }), {
    data: [21, 22, 23, 24, 25],
    meta: { page: 3, limit: 10, total: 25, totalPages: 3 },
  });
});

test('numbers are accepted as well as strings: { page: 2, limit: 5 }', () => {
  const result = paginate(range(12), { page: 2, limit: 5 });
  assert.deepEqual(result.data, [6, 7, 8, 9, 10]);
  assert.deepEqual(result.meta, { page: 2, limit: 5, total: 12, totalPages: 3 });
});

test('a limit above 100 is lowered to 100', () => {
  const result = paginate(range(250), { limit: '1000000' });
  assert.equal(result.data.length, 100);
  assert.deepEqual(result.meta, { page: 1, limit: 100, total: 250, totalPages: 3 });
});

test('a page after the last one returns no data but correct meta', () => {
  assert.deepEqual(paginate(range(25), { page: '4' }), {
    data: [],
    meta: { page: 4, limit: 10, total: 25, totalPages: 3 },
  });
});

test('an empty list has total 0 and totalPages 0', () => {
  assert.deepEqual(paginate([]), { data: [], meta: { page: 1, limit: 10, total: 0, totalPages: 0 } });
});

test('page "0", "-1", "1.5", "abc" or "" throws a RangeError mentioning page', () => {
  for (const page of ['0', '-1', '1.5', 'abc', '', '2x']) {
    assert.throws(() => paginate(range(5), { page }), { name: 'RangeError', message: /page/ }, `for page=${JSON.stringify(page)}`);
  }
});

test('limit "0" or "ten" throws a RangeError mentioning limit', () => {
  assert.throws(() => paginate(range(5), { limit: '0' }), { name: 'RangeError', message: /limit/ });
  assert.throws(() => paginate(range(5), { limit: 'ten' }), { name: 'RangeError', message: /limit/ });
});

test('paginate returns a new data array and leaves items untouched', () => {
  const items = range(3);
  const result = paginate(items, { limit: '10' });
  assert.notEqual(result.data, items);
  assert.deepEqual(items, [1, 2, 3]);
});
