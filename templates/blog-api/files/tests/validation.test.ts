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

// @starter-replace: (stage validation-errors) un-skip these tests when the stage passes
describe('request validation (422 with details)', () => {
// @starter-else
// describe.skip('TODO (stage validation-errors): request validation (422 with details)', () => {
// @starter-end
  it('lists every problem in the body', async () => {
    const res = await request(ctx.app)
      .post('/api/posts')
      .set(alice.auth)
      .send({ title: '', status: 'secret', tags: 42 });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Request validation failed',
    });
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['body.body', 'body.status', 'body.tags', 'body.title']);
  });

  it('rejects unknown fields instead of silently ignoring them', async () => {
    const res = await request(ctx.app)
      .post('/api/posts')
      .set(alice.auth)
      .send({ title: 't', body: 'b', authorId: 42 });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].message).toMatch(/authorId/);
  });

  it('rejects an empty update', async () => {
    const post = await createPost(ctx.app, alice);
    const res = await request(ctx.app).patch(`/api/posts/${post.id}`).set(alice.auth).send({});
    expect(res.status).toBe(422);
  });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const res = await request(ctx.app)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_JSON');
  });

  it('treats a missing body as an empty object', async () => {
    const res = await request(ctx.app).post('/api/auth/login');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('validates path parameters', async () => {
    const res = await request(ctx.app).get('/api/posts/abc');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('params.id');
  });

  it('refuses passwords longer than bcrypt can hash', async () => {
    const res = await request(ctx.app)
      .post('/api/auth/register')
      .send({ email: 'long@example.com', username: 'long', password: 'x'.repeat(73) });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('body.password');
  });
});
