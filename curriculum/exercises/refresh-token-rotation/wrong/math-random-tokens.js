// Wrong: Math.random() is not a cryptographic generator (its output can be predicted) and
// gives about 11 characters, far from 32 random bytes.
export function createRefreshTokenStore({ ttlMs = 7 * 24 * 60 * 60 * 1000, now = () => Date.now() } = {}) {
  const tokens = new Map();
  const revokedFamilies = new Set();
  let families = 0;
  function mint(userId, familyId) {
    const token = Math.random().toString(36).slice(2);
    tokens.set(token, { userId, familyId, issuedAt: now(), used: false });
    return token;
  }
  return {
    issue: (userId) => mint(userId, ++families),
    rotate(token) {
      const record = tokens.get(token);
      if (!record) return { ok: false, reason: 'invalid' };
      if (record.used) {
        revokedFamilies.add(record.familyId);
        return { ok: false, reason: 'reused' };
      }
      if (revokedFamilies.has(record.familyId)) return { ok: false, reason: 'revoked' };
      if (now() >= record.issuedAt + ttlMs) return { ok: false, reason: 'expired' };
      record.used = true;
      return { ok: true, userId: record.userId, token: mint(record.userId, record.familyId) };
    },
    revoke(token) {
      const record = tokens.get(token);
      if (record) revokedFamilies.add(record.familyId);
    },
  };
}
