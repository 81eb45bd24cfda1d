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
let postId: number;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  alice = await registerUser(ctx.app, 'alice');
  bob = await registerUser(ctx.app, 'bob');
  postId = (await createPost(ctx.app, alice)).id;
});

// @starter-replace: (stage ownership-401-vs-403) un-skip these tests when the stage passes
describe('only the author may change a post', () => {
// @starter-else
// describe.skip('TODO (stage ownership-401-vs-403): only the author may change a post', () => {
// @starter-end
  it('403 when someone else edits', async () => {
    const res = await request(ctx.app)
      .patch(`/api/posts/${postId}`)
      .set(bob.auth)
      .send({ title: 'Hijacked' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: { code: 'FORBIDDEN', message: 'Only the author can edit this post' },
    });
    const post = await request(ctx.app).get(`/api/posts/${postId}`);
    expect(post.body.data.title).toBe('Hello world');
  });

  it('403 when someone else deletes', async () => {
    const res = await request(ctx.app).delete(`/api/posts/${postId}`).set(bob.auth);
    expect(res.status).toBe(403);
    expect((await request(ctx.app).get(`/api/posts/${postId}`)).status).toBe(200);
  });

  it('401 (not 403) when nobody is signed in', async () => {
    expect((await request(ctx.app).patch(`/api/posts/${postId}`).send({ title: 'x' })).status).toBe(
      401,
    );
    expect((await request(ctx.app).delete(`/api/posts/${postId}`)).status).toBe(401);
  });
});

// @starter-replace: (stage ownership-401-vs-403) un-skip these tests when the stage passes
describe('comment permissions', () => {
// @starter-else
// describe.skip('TODO (stage ownership-401-vs-403): comment permissions', () => {
// @starter-end
  async function bobComments() {
    const res = await request(ctx.app)
      .post(`/api/posts/${postId}/comments`)
      .set(bob.auth)
      .send({ body: 'Nice post' });
    return res.body.data.id as number;
  }

  it('only the comment author may edit it', async () => {
    const id = await bobComments();
    expect(
      (await request(ctx.app).patch(`/api/comments/${id}`).set(alice.auth).send({ body: 'edited' }))
        .status,
    ).toBe(403);
    const own = await request(ctx.app)
      .patch(`/api/comments/${id}`)
      .set(bob.auth)
      .send({ body: 'edited' });
    expect(own.status).toBe(200);
    expect(own.body.data.body).toBe('edited');
  });

  it('the post author may delete comments on their post (moderation)', async () => {
    const id = await bobComments();
    expect((await request(ctx.app).delete(`/api/comments/${id}`).set(alice.auth)).status).toBe(204);
  });

  it('a third user may not delete the comment', async () => {
    const id = await bobComments();
    const carol = await registerUser(ctx.app, 'carol');
    expect((await request(ctx.app).delete(`/api/comments/${id}`).set(carol.auth)).status).toBe(403);
    expect((await request(ctx.app).delete(`/api/comments/${id}`).set(bob.auth)).status).toBe(204);
    expect((await request(ctx.app).delete(`/api/comments/${id}`).set(bob.auth)).status).toBe(404);
  });
});
