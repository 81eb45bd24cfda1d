import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

/** A fake database that understands the three statements in the task and counts queries. */
function fakeDb({ posts, users }) {
  const calls = [];
  const norm = (s) => String(s).replace(/\s+/g, ' ').trim().toLowerCase();
  return {
    calls,
    async query(text, params = []) {
      calls.push({ text, params });
      const sql = norm(text);
      if (/from posts/.test(sql)) return { rows: posts.map((p) => ({ ...p })) };
      if (/from users where id = any\(\$1\)/.test(sql)) {
        if (!Array.isArray(params[0])) throw new Error('fake db: ANY($1) needs an array as the first parameter');
        const wanted = new Set(params[0]);
        // deliberately not in id order, like a real database may answer
        return { rows: users.filter((u) => wanted.has(u.id)).reverse().map((u) => ({ ...u })) };
      }
      if (/from users where id = \$1/.test(sql)) return { rows: users.filter((u) => u.id === params[0]).map((u) => ({ ...u })) };
      throw new Error(`fake db: unsupported query: ${text}`);
    },
  };
}

const users = [{ id: 10, display_name: 'Ada' }, { id: 11, display_name: 'Grace' }, { id: 12, display_name: 'Linus' }];
const posts = [
  { id: 1, title: 'Hello', author_id: 10 },
  { id: 2, title: 'Indexes', author_id: 11 },
  { id: 3, title: 'Joins', author_id: 10 },
  { id: 4, title: 'Orphan', author_id: 99 },
  { id: 5, title: 'Anonymous', author_id: null },
  { id: 6, title: 'Kernels', author_id: 12 },
];
const expected = [
  { id: 1, title: 'Hello', author: { id: 10, display_name: 'Ada' } },
  { id: 2, title: 'Indexes', author: { id: 11, display_name: 'Grace' } },
  { id: 3, title: 'Joins', author: { id: 10, display_name: 'Ada' } },
  { id: 4, title: 'Orphan', author: null },
  { id: 5, title: 'Anonymous', author: null },
  { id: 6, title: 'Kernels', author: { id: 12, display_name: 'Linus' } },
];

test('returns every post with its author { id, display_name } in post id order (same result as the slow version)', async () => {
  assert.deepEqual(await mod.getPostsWithAuthors(fakeDb({ posts, users })), expected);
});

test('makes at most 2 queries for 6 posts', async () => {
  const db = fakeDb({ posts, users });
  await mod.getPostsWithAuthors(db);
  assert.ok(db.calls.length <= 2, `made ${db.calls.length} queries: ${db.calls.map((c) => c.text).join(' | ')}`);
});

test('the number of queries does not grow with the number of posts (500 posts → 2 queries)', async () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, title: `Post ${i + 1}`, author_id: 10 + (i % 3) }));
  const db = fakeDb({ posts: many, users });
  const result = await mod.getPostsWithAuthors(db);
  assert.equal(result.length, 500);
  assert.deepEqual(result[4], { id: 5, title: 'Post 5', author: { id: 11, display_name: 'Grace' } });
  assert.ok(db.calls.length <= 2, `made ${db.calls.length} queries`);
});

test('authors are fetched with WHERE id = ANY($1), each id sent once', async () => {
  const db = fakeDb({ posts, users });
  await mod.getPostsWithAuthors(db);
  const batch = db.calls.find((c) => /any\s*\(\s*\$1\s*\)/i.test(c.text));
  assert.ok(batch, 'no query with ANY($1)');
  const ids = batch.params[0];
  assert.deepEqual([...ids].sort((a, b) => a - b), [10, 11, 12, 99]);
});

test('a post whose author is missing, or whose author_id is null, gets author: null', async () => {
  const result = await mod.getPostsWithAuthors(fakeDb({ posts, users }));
  assert.equal(result.find((p) => p.id === 4).author, null);
  assert.equal(result.find((p) => p.id === 5).author, null);
});

test('with no posts it returns [] after a single query', async () => {
  const db = fakeDb({ posts: [], users });
  assert.deepEqual(await mod.getPostsWithAuthors(db), []);
  assert.equal(db.calls.length, 1);
});
