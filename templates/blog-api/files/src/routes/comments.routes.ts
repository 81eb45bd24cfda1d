import { Router } from 'express';
// @starter-drop
import { idParamSchema } from '../lib/ids.js';
import { sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth, userId } from '../middleware/auth.js';
import { updateCommentSchema } from '../schemas/comments.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage ownership-401-vs-403) a CommentsService; only a comment's author may edit or delete it
/** /api/comments/:id — listing and creating live under /api/posts/:id/comments. */
export function commentsRouter({ comments, accessTokens }: Services): Router {
  const router = Router();
  const auth = requireAuth(accessTokens);

  router.patch('/:id', auth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    sendData(res, await comments.update(id, userId(req), parse(updateCommentSchema, req.body)));
  });

  router.delete('/:id', auth, async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    await comments.remove(id, userId(req));
    res.status(204).end();
  });

  return router;
}
// @starter-else
// /** /api/comments/:id — listing and creating live under /api/posts/:id/comments. */
// export function commentsRouter(_services: Services): Router {
//   const router = Router();
//   router.patch('/:id', todo('ownership-401-vs-403', 'PATCH /api/comments/:id: 200 for its author, 403 for anyone else'));
//   router.delete('/:id', todo('ownership-401-vs-403', 'DELETE /api/comments/:id: 204 for its author, 403 for anyone else'));
//   return router;
// }
// @starter-end
