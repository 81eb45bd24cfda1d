import { Router } from 'express';
// @starter-drop
import { idParamSchema } from '../lib/ids.js';
import { sendData } from '../lib/respond.js';
import { parse } from '../lib/validate.js';
import { requireAuth, userId } from '../middleware/auth.js';
import { updateMeSchema } from '../schemas/users.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage no-leaks) a UsersService: profiles never include the password hash (src/services/mappers.ts)
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
// @starter-else
// export function usersRouter(_services: Services): Router {
//   const router = Router();
//   router.get('/me', todo('no-leaks', 'GET /api/users/me (Bearer token) answers your profile, without the password hash'));
//   router.patch('/me', todo('no-leaks', 'PATCH /api/users/me {displayName, bio} updates your profile'));
//   router.get('/:id', todo('no-leaks', 'GET /api/users/:id answers a public profile (no e-mail, no hash)'));
//   return router;
// }
// @starter-end
