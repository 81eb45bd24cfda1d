import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { UnauthorizedError } from '../errors.js';
import { NICKNAME_PATTERN } from '../schemas/common.js';

export interface ChatUser {
  nickname: string;
  /** Unique per token, so two tabs with the same nickname are told apart in logs. */
  sessionId: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: string;
  expiresIn: number;
}

const ISSUER = 'chat-server';
const AUDIENCE = 'chat-client';
const ALGORITHM = 'HS256';

/**
 * Short-lived access tokens for a nickname (no passwords: this is "nickname auth").
 * The algorithm is pinned on both sides, so tokens with alg "none" or another algorithm
 * are rejected even if their signature would check out.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(nickname: string): Promise<IssuedToken> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ nickname })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000).toISOString(), expiresIn: this.ttlSeconds };
  }

  /** Returns the user or throws UnauthorizedError; never says why (no oracle for attackers). */
  async verify(token: string): Promise<ChatUser> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp', 'sub'],
        currentDate: this.now(),
      });
      const nickname = payload.nickname;
      if (typeof nickname !== 'string' || !NICKNAME_PATTERN.test(nickname) || !payload.sub) {
        throw new Error('bad claims');
      }
      return { nickname, sessionId: payload.sub };
    } catch {
      throw new UnauthorizedError('Invalid or expired token');
    }
  }
}
