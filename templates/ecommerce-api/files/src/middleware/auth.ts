import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import type { Role } from '../models/user.js';
import type { AuthUser, TokenService } from '../services/tokens.service.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by requireAuth. */
      user?: AuthUser;
    }
  }
}

/** Reads `Authorization: Bearer <token>` and sets req.user, or answers 401. */
export function requireAuth(tokens: TokenService): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedError();
    req.user = await tokens.verify(token);
    next();
  };
}

/** After requireAuth: 403 unless the user has one of `roles`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user || !roles.includes(req.user.role)) throw new ForbiddenError(`Requires role: ${roles.join(' or ')}`);
    next();
  };
}

/** The authenticated user; only call it behind requireAuth. */
export function currentUser(req: Request): AuthUser {
  if (!req.user) throw new UnauthorizedError();
  return req.user;
}
