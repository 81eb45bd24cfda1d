import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { UnauthorizedError } from '../errors.js';
import type { AccessTokenClaims, AccessTokens } from '../services/access-tokens.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by requireAuth / optionalAuth when a valid access token was sent. */
      user?: AccessTokenClaims;
    }
  }
}

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new UnauthorizedError('Use "Authorization: Bearer <access token>"', 'INVALID_TOKEN');
  }
  return token;
}

/** 401 unless a valid access token is present. */
export function requireAuth(tokens: AccessTokens): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = bearerToken(req);
    if (!token) throw new UnauthorizedError();
    req.user = await tokens.verify(token);
    next();
  };
}

/** Anonymous requests pass; a token that is present must still be valid. */
export function optionalAuth(tokens: AccessTokens): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = bearerToken(req);
    if (token) req.user = await tokens.verify(token);
    next();
  };
}

/** The signed-in user's id; only call after requireAuth. */
export function userId(req: Request): number {
  if (!req.user) throw new UnauthorizedError();
  return req.user.userId;
}
