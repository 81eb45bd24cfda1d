import { Router } from 'express';
import { idParamSchema } from '../lib/ids.js';
import { pageMeta, sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { optionalAuth, requireAuth, userId } from '../middleware/auth.js';
import { createCommentSchema, listCommentsQuerySchema } from '../schemas/comments.js';
import { createPostSchema, listPostsQuerySchema, updatePostSchema } from '../schemas/posts.js';
import type { Services } from '../services/index.js';

export function postsRouter({ posts, comments, accessTokens }: Services): Router {
  const router = Router();
  const auth = requireAuth(accessTokens);
  const maybeAuth = optionalAuth(accessTokens);

  router.get('/', maybeAuth, async (req, res) => {
    const query = parse(listPostsQuerySchema, req.query, 'query');
    const { items, total } = await posts.list(query, req.user?.userId);
    sendData(res, items, 200, pageMeta(query.page, query.limit, total));
  });

  router.post('/', auth, async (req, res) => {
    const post = await posts.create(userId(req), parse(createPostSchema, req.body));
    res.location(`/api/posts/${post.id}`);
    sendData(res, post, 201);
  });

  router.get('/:id', maybeAuth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    sendData(res, await posts.get(id, req.user?.userId));
  });

  router.patch('/:id', auth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    sendData(res, await posts.update(id, userId(req), parse(updatePostSchema, req.body)));
  });

  router.delete('/:id', auth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    await posts.remove(id, userId(req));
    res.status(204).end();
  });

  router.get('/:id/comments', maybeAuth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    const query = parse(listCommentsQuerySchema, req.query, 'query');
    const { items, total } = await comments.list(id, query, req.user?.userId);
    sendData(res, items, 200, pageMeta(query.page, query.limit, total));
  });

  router.post('/:id/comments', auth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    const comment = await comments.create(id, userId(req), parse(createCommentSchema, req.body));
    res.location(`/api/comments/${comment.id}`);
    sendData(res, comment, 201);
  });

  return router;
}
