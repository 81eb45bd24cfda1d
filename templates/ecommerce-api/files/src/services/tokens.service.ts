import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { UnauthorizedError } from '../errors.js';
import type { Role } from '../models/user.js';

/** One algorithm, pinned on both sides: a token with another `alg` is rejected. */
const ALGORITHM = 'HS256';
const ISSUER = 'ecommerce-api';
const AUDIENCE = 'ecommerce-api:clients';

export interface AuthUser {
  id: number;
  role: Role;
}

const Claims = z.object({
  sub: z.string().regex(/^\d+$/),
  role: z.enum(['customer', 'admin']),
});

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly expiresInSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A short-lived access token; the role travels in the token. */
  async sign(user: AuthUser): Promise<string> {
    return new SignJWT({ role: user.role })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.expiresInSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AuthUser> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      const claims = Claims.parse(payload);
      return { id: Number(claims.sub), role: claims.role };
    } catch {
      throw new UnauthorizedError('INVALID_TOKEN', 'The access token is invalid or has expired');
    }
  }
}
