// Week 9 — refresh-token rotation with reuse detection (in memory).
import { createHash, randomBytes } from 'node:crypto';

const SEVEN_DAYS = 7 * 24 * 60 * 60 * 1000;

/**
 * @param {{ ttlMs?: number, now?: () => number }} [options]
 */
export function createRefreshTokenStore({ ttlMs = SEVEN_DAYS, now = () => Date.now() } = {}) {
  // Suggested state: token (or its hash) → { userId, familyId, issuedAt, used }, and revoked family ids.

  return {
    /** @param {string} userId @returns {string} a new token in a new family */
    issue(userId) {
      throw new Error('Not implemented yet: issue');
    },

    /**
     * @param {string} token
     * @returns {{ ok: true, userId: string, token: string } | { ok: false, reason: 'invalid' | 'reused' | 'revoked' | 'expired' }}
     */
    rotate(token) {
      throw new Error('Not implemented yet: rotate');
    },

    /** @param {string} token revoke its whole family (logout) */
    revoke(token) {
      throw new Error('Not implemented yet: revoke');
    },
  };
}
