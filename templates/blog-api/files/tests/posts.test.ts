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
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  alice = await registerUser(ctx.app, 'alice');
});

// @starter-replace: (stage create-and-read-post) un-skip these tests when the stage passes
describe('posts CRUD', () => {
// @starter-else
// describe.skip('TODO (stage create-and-read-post): posts CRUD', () => {
// @starter-end
  it('creates a post with tags and categories (201 + Location)', async () => {
    const cat = await request(ctx.app)
      .post('/api/categories')
      .set(alice.auth)
      .send({ name: 'Backend' });
    expect(cat.status).toBe(201);
    const res = await request(ctx.app)
      .post('/api/posts')
      .set(alice.auth)
      .send({
        title: 'Kysely tips',
        body: 'Typed SQL',
        status: 'published',
        tags: ['TypeScript', 'SQL', 'sql'],
        categoryIds: [cat.body.data.id],
      });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/posts/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      title: 'Kysely tips',
      status: 'published',
      author: { id: alice.id, username: 'alice' },
      tags: [
        { name: 'SQL', slug: 'sql' },
        { name: 'TypeScript', slug: 'typescript' },
      ],
      categories: [{ name: 'Backend', slug: 'backend' }],
      commentCount: 0,
    });
    expect(res.body.data.publishedAt).toEqual(expect.any(String));
  });

  it('reads, updates and deletes a post', async () => {
    const post = await createPost(ctx.app, alice, { tags: ['one'] });

    const got = await request(ctx.app).get(`/api/posts/${post.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data.title).toBe('Hello world');

    const patched = await request(ctx.app)
      .patch(`/api/posts/${post.id}`)
      .set(alice.auth)
      .send({ title: 'Hello again', tags: ['two', 'three'] });
    expect(patched.status).toBe(200);
    expect(patched.body.data.title).toBe('Hello again');
    expect(patched.body.data.tags.map((t: { slug: string }) => t.slug)).toEqual(['three', 'two']);

    const deleted = await request(ctx.app).delete(`/api/posts/${post.id}`).set(alice.auth);
    expect(deleted.status).toBe(204);
    expect((await request(ctx.app).get(`/api/posts/${post.id}`)).status).toBe(404);
  });

  it('keeps drafts private to their author (404 for others)', async () => {
    const draft = await createPost(ctx.app, alice, { status: 'draft' });
    const bob = await registerUser(ctx.app, 'bob');
    expect((await request(ctx.app).get(`/api/posts/${draft.id}`)).status).toBe(404);
    expect((await request(ctx.app).get(`/api/posts/${draft.id}`).set(bob.auth)).status).toBe(404);
    const own = await request(ctx.app).get(`/api/posts/${draft.id}`).set(alice.auth);
    expect(own.status).toBe(200);
    expect(own.body.data.publishedAt).toBeNull();
  });

  it('sets publishedAt when a draft is published', async () => {
    const draft = await createPost(ctx.app, alice, { status: 'draft' });
    const res = await request(ctx.app)
      .patch(`/api/posts/${draft.id}`)
      .set(alice.auth)
      .send({ status: 'published' });
    expect(res.body.data.publishedAt).toEqual(expect.any(String));
  });

  it('deleting a post removes its comments', async () => {
    const post = await createPost(ctx.app, alice);
    await request(ctx.app)
      .post(`/api/posts/${post.id}/comments`)
      .set(alice.auth)
      .send({ body: 'hi' });
    await request(ctx.app).delete(`/api/posts/${post.id}`).set(alice.auth);
    const left = await ctx.handle.db.selectFrom('comments').select('id').execute();
    expect(left).toHaveLength(0);
  });

  it('rejects unknown category ids (422)', async () => {
    const res = await request(ctx.app)
      .post('/api/posts')
      .set(alice.auth)
      .send({ title: 't', body: 'b', categoryIds: [999999] });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('body.categoryIds');
  });

  it('returns 404 for missing posts and 401 for anonymous writes', async () => {
    expect((await request(ctx.app).get('/api/posts/999999')).status).toBe(404);
    expect(
      (await request(ctx.app).patch('/api/posts/999999').set(alice.auth).send({ title: 'x' }))
        .status,
    ).toBe(404);
    expect((await request(ctx.app).delete('/api/posts/999999').set(alice.auth)).status).toBe(404);
    const anon = await request(ctx.app).post('/api/posts').send({ title: 't', body: 'b' });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('UNAUTHORIZED');
  });
});

// @starter-replace: (stage no-leaks) un-skip these tests when the stage passes
describe('users', () => {
// @starter-else
// describe.skip('TODO (stage no-leaks): users', () => {
// @starter-end
  it('shows public profiles without the e-mail and lets you edit your bio', async () => {
    const pub = await request(ctx.app).get(`/api/users/${alice.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({ id: alice.id, username: 'alice' });
    expect(pub.body.data).not.toHaveProperty('email');

    const patched = await request(ctx.app)
      .patch('/api/users/me')
      .set(alice.auth)
      .send({ bio: 'Writes about SQL' });
    expect(patched.status).toBe(200);
    expect(patched.body.data.bio).toBe('Writes about SQL');
    expect((await request(ctx.app).get('/api/users/999999')).status).toBe(404);
  });
});

// @starter-replace: (stage filtering) un-skip these tests when the stage passes
describe('categories and tags', () => {
// @starter-else
// describe.skip('TODO (stage filtering): categories and tags', () => {
// @starter-end
  it('creates categories (409 on duplicates) and lists them', async () => {
    const first = await request(ctx.app)
      .post('/api/categories')
      .set(alice.auth)
      .send({ name: 'Node.js Tips' });
    expect(first.status).toBe(201);
    expect(first.body.data.slug).toBe('node-js-tips');
    const dup = await request(ctx.app)
      .post('/api/categories')
      .set(alice.auth)
      .send({ name: 'node js tips' });
    expect(dup.status).toBe(409);
    // names are unique too (the course's schema), whatever the slug
    const sameName = await request(ctx.app)
      .post('/api/categories')
      .set(alice.auth)
      .send({ name: 'Node.js Tips', slug: 'other-slug' });
    expect(sameName.status).toBe(409);
    expect((await request(ctx.app).post('/api/categories').send({ name: 'x' })).status).toBe(401);
    const list = await request(ctx.app).get('/api/categories');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.meta).toEqual({ page: 1, limit: 20, total: 1, totalPages: 1 });
  });

  it('lists tags with counts of published posts', async () => {
    await createPost(ctx.app, alice, { tags: ['node', 'sql'] });
    await createPost(ctx.app, alice, { tags: ['node'] });
    await createPost(ctx.app, alice, { tags: ['node'], status: 'draft' });
    const res = await request(ctx.app).get('/api/tags?sort=-postCount');
    expect(res.status).toBe(200);
    expect(
      res.body.data.map((t: { slug: string; postCount: number }) => [t.slug, t.postCount]),
    ).toEqual([
      ['node', 2],
      ['sql', 1],
    ]);
  });
});
