import { errors, jwtVerify, SignJWT } from 'jose';
import type { AppConfig } from '../config.js';
import { UnauthorizedError } from '../errors.js';

/** The only algorithm we sign with and the only one we accept (no "alg: none", no RS/HS confusion). */
const ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  userId: number;
  username: string;
}

/** Short-lived JWT access tokens (15 minutes by default). */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(private readonly jwt: AppConfig['jwt']) {
    this.key = new TextEncoder().encode(jwt.secret);
  }

  get ttlSeconds(): number {
    return this.jwt.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ username: claims.username })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(claims.userId))
      .setIssuer(this.jwt.issuer)
      .setAudience(this.jwt.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.jwt.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.jwt.issuer,
        audience: this.jwt.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || typeof payload.username !== 'string') {
        throw new UnauthorizedError('Invalid access token', 'INVALID_TOKEN');
      }
      return { userId, username: payload.username };
    } catch (err) {
      if (err instanceof UnauthorizedError) throw err;
      if (err instanceof errors.JWTExpired) {
        throw new UnauthorizedError('Access token expired', 'TOKEN_EXPIRED');
      }
      throw new UnauthorizedError('Invalid access token', 'INVALID_TOKEN');
    }
  }
}
