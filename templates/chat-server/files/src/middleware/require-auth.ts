import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../errors.js';
import type { TokenService } from '../services/token-service.js';

/** Requires `Authorization: Bearer <token>`; puts the user in `res.locals.user`. */
export function requireAuth(tokens: TokenService): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (\S+)$/i.exec(header);
    if (!match?.[1]) throw new UnauthorizedError('Send Authorization: Bearer <token from POST /auth/token>');
    res.locals.user = await tokens.verify(match[1]);
    next();
  };
}
