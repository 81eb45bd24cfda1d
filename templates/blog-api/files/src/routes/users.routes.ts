import { Router } from 'express';
import { idParamSchema } from '../lib/ids.js';
import { sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth, userId } from '../middleware/auth.js';
import { updateMeSchema } from '../schemas/users.js';
import type { Services } from '../services/index.js';

export function usersRouter({ users, accessTokens }: Services): Router {
  const router = Router();
  const auth = requireAuth(accessTokens);

  router.get('/me', auth, async (req, res) => {
    sendData(res, await users.getMe(userId(req)));
  });

  router.patch('/me', auth, async (req, res) => {
    sendData(res, await users.updateMe(userId(req), parse(updateMeSchema, req.body)));
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParamSchema, req.params, 'params');
    sendData(res, await users.getPublic(id));
  });

  return router;
}
