// Wrong: detects the replayed token but only refuses that one request: the thief (or the
// victim) still holds a valid newer token of the same family, so the stolen login lives on.
import { createHash, randomBytes } from 'node:crypto';

const digest = (token) => createHash('sha256').update(String(token)).digest('hex');

export function createRefreshTokenStore({ ttlMs = 7 * 24 * 60 * 60 * 1000, now = () => Date.now() } = {}) {
  const tokens = new Map();
  const revokedFamilies = new Set();
  function mint(userId, familyId) {
    const token = randomBytes(32).toString('base64url');
    tokens.set(digest(token), { userId, familyId, issuedAt: now(), used: false });
    return token;
  }
  return {
    issue: (userId) => mint(userId, randomBytes(16).toString('hex')),
    rotate(token) {
      const record = tokens.get(digest(token));
      if (!record) return { ok: false, reason: 'invalid' };
      if (record.used) return { ok: false, reason: 'reused' };
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
