import { Router } from 'express';
// @starter-drop
import { idParamSchema } from '../lib/ids.js';
import { pageMeta, sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { optionalAuth, requireAuth, userId } from '../middleware/auth.js';
import { createCommentSchema, listCommentsQuerySchema } from '../schemas/comments.js';
import { createPostSchema, listPostsQuerySchema, updatePostSchema } from '../schemas/posts.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage create-and-read-post) a PostsService (src/services) over the posts table, then these routes; later stages add pagination, filters, sorting and ownership
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
// @starter-else
// export function postsRouter(_services: Services): Router {
//   const router = Router();
//   router.get(
//     '/',
//     todo('pagination', 'GET /api/posts answers 200 {data: [posts], meta: {page, limit, total, totalPages}}'),
//   );
//   router.post(
//     '/',
//     todo('create-and-read-post', 'POST /api/posts (Bearer token) {title, body} answers 201, a Location header and {data: post}'),
//   );
//   // TODO (stage create-and-read-post) GET /:id answers 200 {data: post}; until then the 404 handler answers it
//   router.patch(
//     '/:id',
//     todo('update-and-delete-post', 'PATCH /api/posts/:id changes only the fields sent and answers 200 {data: post}'),
//   );
//   router.delete('/:id', todo('update-and-delete-post', 'DELETE /api/posts/:id answers 204, then 404'));
//   router.get('/:id/comments', todo('pagination', 'GET /api/posts/:id/comments answers a page of comments'));
//   router.post('/:id/comments', todo('ownership-401-vs-403', 'POST /api/posts/:id/comments (Bearer token) answers 201'));
//   return router;
// }
// @starter-end
