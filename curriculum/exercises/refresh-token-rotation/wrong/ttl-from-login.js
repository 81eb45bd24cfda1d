// Wrong: a rotated token inherits the expiry of the family's first token, so an active user
// is logged out ttlMs after logging in however often the app refreshes.
import { createHash, randomBytes } from 'node:crypto';

const digest = (token) => createHash('sha256').update(String(token)).digest('hex');

export function createRefreshTokenStore({ ttlMs = 7 * 24 * 60 * 60 * 1000, now = () => Date.now() } = {}) {
  const tokens = new Map();
  const revokedFamilies = new Set();
  function mint(userId, familyId, issuedAt) {
    const token = randomBytes(32).toString('base64url');
    tokens.set(digest(token), { userId, familyId, issuedAt, used: false });
    return token;
  }
  return {
    issue: (userId) => mint(userId, randomBytes(16).toString('hex'), now()),
    rotate(token) {
      const record = tokens.get(digest(token));
      if (!record) return { ok: false, reason: 'invalid' };
      if (record.used) {
        revokedFamilies.add(record.familyId);
        return { ok: false, reason: 'reused' };
      }
      if (revokedFamilies.has(record.familyId)) return { ok: false, reason: 'revoked' };
      if (now() >= record.issuedAt + ttlMs) return { ok: false, reason: 'expired' };
      record.used = true;
      return { ok: true, userId: record.userId, token: mint(record.userId, record.familyId, record.issuedAt) };
    },
    revoke(token) {
      const record = tokens.get(digest(token));
      if (record) revokedFamilies.add(record.familyId);
    },
  };
}
