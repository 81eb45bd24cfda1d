import { Router } from 'express';
import { idParamSchema } from '../lib/ids.js';
import { sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth, userId } from '../middleware/auth.js';
import { updateCommentSchema } from '../schemas/comments.js';
import type { Services } from '../services/index.js';

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
