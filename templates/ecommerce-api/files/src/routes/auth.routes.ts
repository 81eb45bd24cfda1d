import { Router } from 'express';
import { UnauthorizedError } from '../errors.js';
import { currentUser, requireAuth } from '../middleware/auth.js';
import { LoginBody, RegisterBody } from '../schemas/auth.js';
import type { User } from '../models/user.js';
import type { Services } from '../services/index.js';

export function authRoutes({ users, tokens }: Services): Router {
  const router = Router();

  const session = async (user: User) => ({
    user,
    accessToken: await tokens.sign(user),
    tokenType: 'Bearer',
    expiresIn: tokens.expiresInSeconds,
  });

  // Sign-up always creates a customer; admins are made with `npm run seed` or by SQL.
  router.post('/register', async (req, res) => {
    const user = await users.create(RegisterBody.parse(req.body), 'customer');
    res.status(201).json({ data: await session(user) });
  });

  router.post('/login', async (req, res) => {
    const user = await users.authenticate(LoginBody.parse(req.body));
    res.json({ data: await session(user) });
  });

  router.get('/me', requireAuth(tokens), async (req, res) => {
    const user = await users.findById(currentUser(req).id);
    if (!user) throw new UnauthorizedError('INVALID_TOKEN', 'This account no longer exists');
    res.json({ data: user });
  });

  return router;
}
