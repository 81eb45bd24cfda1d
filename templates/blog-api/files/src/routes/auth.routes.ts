import { Router } from 'express';
import { parse } from '../lib/validate.js';
import { sendData } from '../lib/respond.js';
import { loginSchema, refreshSchema, registerSchema } from '../schemas/auth.js';
import type { Services } from '../services/index.js';

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
