import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPost,
  createTestContext,
  registerUser,
  type TestContext,
  type TestUser,
} from './helpers/context.js';

let ctx: TestContext;
let alice: TestUser;
let bob: TestUser;
let categoryId: number;

const titles = (res: request.Response) => res.body.data.map((p: { title: string }) => p.title);

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  alice = await registerUser(ctx.app, 'alice');
  bob = await registerUser(ctx.app, 'bob');
  const cat = await request(ctx.app)
    .post('/api/categories')
    .set(alice.auth)
    .send({ name: 'Databases' });
  categoryId = cat.body.data.id;
  // created in this order: charlie, alpha, bravo (alice), delta (bob), echo (alice's draft)
  await createPost(ctx.app, alice, { title: 'charlie', tags: ['node'] });
  await createPost(ctx.app, alice, {
    title: 'alpha',
    tags: ['sql', 'node'],
    categoryIds: [categoryId],
  });
  await createPost(ctx.app, alice, { title: 'bravo', tags: ['sql'] });
  await createPost(ctx.app, bob, { title: 'delta', tags: ['node'], categoryIds: [categoryId] });
  await createPost(ctx.app, alice, { title: 'echo', status: 'draft' });
});

// @starter-replace: (stage pagination) un-skip these tests when the stage passes
describe('GET /api/posts pagination', () => {
// @starter-else
// describe.skip('TODO (stage pagination): GET /api/posts pagination', () => {
// @starter-end
  it('returns { data, meta } newest first by default', async () => {
    const res = await request(ctx.app).get('/api/posts');
    expect(res.status).toBe(200);
    expect(titles(res)).toEqual(['delta', 'bravo', 'alpha', 'charlie']);
    expect(res.body.meta).toEqual({ page: 1, limit: 20, total: 4, totalPages: 1 });
  });

  it('pages through results', async () => {
    const p1 = await request(ctx.app).get('/api/posts?limit=3&page=1');
    const p2 = await request(ctx.app).get('/api/posts?limit=3&page=2');
    expect(titles(p1)).toEqual(['delta', 'bravo', 'alpha']);
    expect(titles(p2)).toEqual(['charlie']);
    expect(p2.body.meta).toEqual({ page: 2, limit: 3, total: 4, totalPages: 2 });
    const beyond = await request(ctx.app).get('/api/posts?limit=3&page=9');
    expect(beyond.body.data).toEqual([]);
    expect(beyond.body.meta.total).toBe(4);
  });

  it('caps the limit at 100 and rejects nonsense', async () => {
    const capped = await request(ctx.app).get('/api/posts?limit=5000');
    expect(capped.status).toBe(200);
    expect(capped.body.meta.limit).toBe(100);
    for (const q of ['limit=0', 'limit=abc', 'page=0', 'page=-1', 'limit=2.5']) {
      const res = await request(ctx.app).get(`/api/posts?${q}`);
      expect(res.status, q).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

// @starter-replace: (stage filtering) un-skip these tests when the stage passes
describe('GET /api/posts filtering', () => {
// @starter-else
// describe.skip('TODO (stage filtering): GET /api/posts filtering', () => {
// @starter-end
  it('by tag, author and category', async () => {
    expect(titles(await request(ctx.app).get('/api/posts?tag=sql'))).toEqual(['bravo', 'alpha']);
    expect(titles(await request(ctx.app).get('/api/posts?author=bob'))).toEqual(['delta']);
    expect(titles(await request(ctx.app).get('/api/posts?category=databases'))).toEqual([
      'delta',
      'alpha',
    ]);
    const combined = await request(ctx.app).get('/api/posts?tag=node&author=alice&limit=1');
    expect(titles(combined)).toEqual(['alpha']);
    expect(combined.body.meta).toEqual({ page: 1, limit: 1, total: 2, totalPages: 2 });
  });

  it('by status: drafts only ever show to their author', async () => {
    expect(titles(await request(ctx.app).get('/api/posts?status=published')).length).toBe(4);
    expect(titles(await request(ctx.app).get('/api/posts?status=draft'))).toEqual([]);
    expect(titles(await request(ctx.app).get('/api/posts?status=draft').set(bob.auth))).toEqual([]);
    expect(titles(await request(ctx.app).get('/api/posts?status=draft').set(alice.auth))).toEqual([
      'echo',
    ]);
    const mine = await request(ctx.app).get('/api/posts?author=alice').set(alice.auth);
    expect(mine.body.meta.total).toBe(4);
  });

  it('rejects invalid filter values and unknown parameters', async () => {
    expect((await request(ctx.app).get('/api/posts?status=archived')).status).toBe(422);
    expect((await request(ctx.app).get('/api/posts?tag=Not%20A%20Slug')).status).toBe(422);
    const unknown = await request(ctx.app).get('/api/posts?colour=red');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details[0].message).toMatch(/colour/);
  });
});

// @starter-replace: (stage sorting) un-skip these tests when the stage passes
describe('GET /api/posts sorting', () => {
// @starter-else
// describe.skip('TODO (stage sorting): GET /api/posts sorting', () => {
// @starter-end
  it('sorts by whitelisted fields, "-" for descending', async () => {
    expect(titles(await request(ctx.app).get('/api/posts?sort=title'))).toEqual([
      'alpha',
      'bravo',
      'charlie',
      'delta',
    ]);
    expect(titles(await request(ctx.app).get('/api/posts?sort=-title'))).toEqual([
      'delta',
      'charlie',
      'bravo',
      'alpha',
    ]);
    expect(titles(await request(ctx.app).get('/api/posts?sort=createdAt'))).toEqual([
      'charlie',
      'alpha',
      'bravo',
      'delta',
    ]);
    expect(titles(await request(ctx.app).get('/api/posts?sort=-createdAt'))).toEqual([
      'delta',
      'bravo',
      'alpha',
      'charlie',
    ]);
  });

  it('422 for an unknown sort field', async () => {
    const res = await request(ctx.app).get('/api/posts?sort=-password_hash');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toEqual({
      path: 'query.sort',
      message:
        'Unknown sort field "password_hash". Allowed: createdAt, updatedAt, publishedAt, title',
    });
  });
});
