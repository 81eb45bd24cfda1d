// Week 9 — a server-side session store (in memory) and its cookie.
import { randomBytes } from 'node:crypto';

const MINUTE = 60 * 1000;

/**
 * @param {{ idleTimeoutMs?: number, absoluteTimeoutMs?: number, now?: () => number }} [options]
 */
export function createSessionStore({ idleTimeoutMs = 30 * MINUTE, absoluteTimeoutMs = 7 * 24 * 60 * MINUTE, now = () => Date.now() } = {}) {
  // Suggested state: id → { userId, data, createdAt, lastSeen }

  return {
    /** @param {string} userId @param {string} [currentSid] @returns {string} a fresh session id */
    login(userId, currentSid) {
      throw new Error('Not implemented yet: login');
    },

    /** @param {string} sid @returns {{ userId: string, data: object } | null} */
    get(sid) {
      throw new Error('Not implemented yet: get');
    },

    /** @param {string} sid */
    logout(sid) {
      throw new Error('Not implemented yet: logout');
    },

    /** @param {string} sid @returns {string} a Set-Cookie header value */
    cookie(sid) {
      return `sid=${sid}`;
    },

    /** @returns {string} a Set-Cookie header value that deletes the cookie */
    clearCookie() {
      return 'sid=';
    },
  };
}
