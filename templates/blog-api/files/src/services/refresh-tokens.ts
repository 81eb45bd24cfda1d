import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.js';
import { UnauthorizedError } from '../errors.js';

/**
 * Opaque refresh tokens: 32 random bytes, handed to the client once and stored
 * only as a SHA-256 hash (a fast hash is fine here: the token has 256 bits of
 * entropy, unlike a password). Each use rotates the token; presenting an
 * already-rotated token is treated as theft and revokes the whole family.
 */
export class RefreshTokens {
  constructor(
    private readonly db: DB,
    private readonly ttlDays: number,
  ) {}

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** Starts a new family (one per login) or continues one (rotation). */
  async issue(db: DB, userId: number, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await db
      .insertInto('refresh_tokens')
      .values({
        user_id: userId,
        token_hash: RefreshTokens.hash(token),
        family_id: familyId,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + this.ttlDays * 86_400_000).toISOString(),
        revoked_at: null,
        revoked_reason: null,
      })
      .execute();
    return token;
  }

  /**
   * Exchanges a valid refresh token for a new one. Returns the user id and new token.
   * Throws 401 for unknown, expired, revoked or reused tokens.
   */
  async rotate(presented: string): Promise<{ userId: number; refreshToken: string }> {
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('refresh_tokens')
        .selectAll()
        .where('token_hash', '=', RefreshTokens.hash(presented))
        .executeTakeFirst();
      if (!row) return { kind: 'invalid' as const };

      if (row.revoked_reason === 'rotated' || row.revoked_reason === 'reuse-detected') {
        // The token was already exchanged once: either the client has a bug or it was
        // stolen. We cannot tell the thief from the owner, so end the whole session family.
        await this.revokeFamily(trx, row.family_id, 'reuse-detected');
        return { kind: 'reused' as const };
      }
      if (row.revoked_at !== null) return { kind: 'revoked' as const };
      if (new Date(row.expires_at).getTime() <= Date.now()) return { kind: 'expired' as const };

      // Conditional update: if two requests race with the same token, only one wins.
      const result = await trx
        .updateTable('refresh_tokens')
        .set({ revoked_at: new Date().toISOString(), revoked_reason: 'rotated' })
        .where('id', '=', row.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        await this.revokeFamily(trx, row.family_id, 'reuse-detected');
        return { kind: 'reused' as const };
      }
      const refreshToken = await this.issue(trx, row.user_id, row.family_id);
      return { kind: 'ok' as const, userId: row.user_id, refreshToken };
    });

    // Thrown after the transaction so the family revocation above is committed.
    switch (outcome.kind) {
      case 'ok':
        return { userId: outcome.userId, refreshToken: outcome.refreshToken };
      case 'reused':
        throw new UnauthorizedError(
          'Refresh token was already used; every session from this login has been revoked',
          'REFRESH_TOKEN_REUSED',
        );
      case 'expired':
        throw new UnauthorizedError('Refresh token expired', 'REFRESH_TOKEN_EXPIRED');
      case 'revoked':
        throw new UnauthorizedError('Refresh token revoked', 'REFRESH_TOKEN_REVOKED');
      default:
        throw new UnauthorizedError('Invalid refresh token', 'INVALID_REFRESH_TOKEN');
    }
  }

  /** Logout: revokes the token's whole family. Unknown tokens are ignored (idempotent). */
  async revoke(presented: string): Promise<void> {
    const row = await this.db
      .selectFrom('refresh_tokens')
      .select('family_id')
      .where('token_hash', '=', RefreshTokens.hash(presented))
      .executeTakeFirst();
    if (row) await this.revokeFamily(this.db, row.family_id, 'logout');
  }

  private async revokeFamily(
    db: DB,
    familyId: string,
    reason: 'logout' | 'reuse-detected',
  ): Promise<void> {
    await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: new Date().toISOString(), revoked_reason: reason })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
