import { Router } from 'express';
import { validate } from '../lib/validate.js';
import { tokenRequestSchema } from '../schemas/auth.js';
import type { TokenService } from '../services/token-service.js';

export function authRouter(tokens: TokenService): Router {
  const router = Router();

  /** POST /auth/token { nickname } -> 201 { data: { token, tokenType, expiresAt, expiresIn, nickname } } */
  router.post('/token', async (req, res) => {
    const { nickname } = validate(tokenRequestSchema, req.body ?? {}, 'token request');
    const issued = await tokens.issue(nickname);
    res.status(201).json({ data: { ...issued, tokenType: 'Bearer', nickname } });
  });

  return router;
}
