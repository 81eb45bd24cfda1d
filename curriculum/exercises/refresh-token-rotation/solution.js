// Week 9 — refresh-token rotation with reuse detection (in memory).
import { createHash, randomBytes } from 'node:crypto';

const SEVEN_DAYS = 7 * 24 * 60 * 60 * 1000;

// Store only a hash: if this table leaks, the attacker gets nothing usable.
const digest = (token) => createHash('sha256').update(String(token)).digest('hex');

/**
 * @param {{ ttlMs?: number, now?: () => number }} [options]
 */
export function createRefreshTokenStore({ ttlMs = SEVEN_DAYS, now = () => Date.now() } = {}) {
  /** @type {Map<string, { userId: string, familyId: string, issuedAt: number, used: boolean }>} */
  const tokens = new Map();
  const revokedFamilies = new Set();

  function mint(userId, familyId) {
    const token = randomBytes(32).toString('base64url');
    tokens.set(digest(token), { userId, familyId, issuedAt: now(), used: false });
    return token;
  }

  return {
    issue(userId) {
      return mint(userId, randomBytes(16).toString('hex'));
    },

    rotate(token) {
      const record = tokens.get(digest(token));
      if (!record) return { ok: false, reason: 'invalid' };
      if (record.used) {
        // A token we already exchanged came back: someone copied it. Kill the whole login.
        revokedFamilies.add(record.familyId);
        return { ok: false, reason: 'reused' };
      }
      if (revokedFamilies.has(record.familyId)) return { ok: false, reason: 'revoked' };
      if (now() >= record.issuedAt + ttlMs) return { ok: false, reason: 'expired' };

      record.used = true;
      return { ok: true, userId: record.userId, token: mint(record.userId, record.familyId) };
    },

    revoke(token) {
      const record = tokens.get(digest(token));
      if (record) revokedFamilies.add(record.familyId);
    },
  };
}
