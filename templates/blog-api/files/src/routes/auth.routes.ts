import { Router } from 'express';
// @starter-drop
import { parse } from '../lib/validate.js';
import { sendData } from '../lib/respond.js';
import { loginSchema, refreshSchema, registerSchema } from '../schemas/auth.js';
// @starter-else
// import { todo } from '../lib/todo.js';
// @starter-end
import type { Services } from '../services/index.js';

// @starter-replace: (stage register-and-login) register and log in: an AuthService (src/services) that hashes with src/services/passwords.ts and signs with AccessTokens
export function authRouter({ auth }: Services): Router {
  const router = Router();

  router.post('/register', async (req, res) => {
    const result = await auth.register(parse(registerSchema, req.body));
    sendData(res, result, 201);
  });

  router.post('/login', async (req, res) => {
    sendData(res, await auth.login(parse(loginSchema, req.body)));
  });

  router.post('/refresh', async (req, res) => {
    const { refreshToken } = parse(refreshSchema, req.body);
    sendData(res, await auth.refresh(refreshToken));
  });

  router.post('/logout', async (req, res) => {
    const { refreshToken } = parse(refreshSchema, req.body);
    await auth.logout(refreshToken);
    res.status(204).end();
  });

  return router;
}
// @starter-else
// export function authRouter(_services: Services): Router {
//   const router = Router();
//   router.post(
//     '/register',
//     todo('register-and-login', 'POST /api/auth/register {email, username, displayName?, password} answers 201 {data: {user, tokens: {accessToken, refreshToken}}}'),
//   );
//   router.post(
//     '/login',
//     todo('register-and-login', 'POST /api/auth/login {email, password} answers 200 {data: {user, tokens}}; a wrong password is 401'),
//   );
//   // TODO (stage refresh-token-rotation) store refresh tokens hashed; rotate them on every use
//   router.post(
//     '/refresh',
//     todo('refresh-token-rotation', 'POST /api/auth/refresh {refreshToken} answers 200 with a new token pair; a reused token is 401'),
//   );
//   router.post('/logout', todo('refresh-token-rotation', 'POST /api/auth/logout {refreshToken} revokes it and answers 204'));
//   return router;
// }
// @starter-end
