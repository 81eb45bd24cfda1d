// WRONG: session fixation: reuses the id the browser sent as the new session id
import { randomBytes } from 'node:crypto';

const MINUTE = 60 * 1000;

/**
 * @param {{ idleTimeoutMs?: number, absoluteTimeoutMs?: number, now?: () => number }} [options]
 */
export function createSessionStore({ idleTimeoutMs = 30 * MINUTE, absoluteTimeoutMs = 7 * 24 * 60 * MINUTE, now = () => Date.now() } = {}) {
  /** @type {Map<string, { userId: string, data: object, createdAt: number, lastSeen: number }>} */
  const sessions = new Map();
  const attributes = 'Path=/; Max-Age=%s; HttpOnly; Secure; SameSite=Lax';

  function live(sid) {
    const session = typeof sid === 'string' ? sessions.get(sid) : undefined;
    if (!session) return undefined;
    const t = now();
    if (t >= session.lastSeen + idleTimeoutMs || t >= session.createdAt + absoluteTimeoutMs) {
      sessions.delete(sid);
      return undefined;
    }
    return session;
  }

  return {
    login(userId, currentSid) {
      // A new id on every login: an id the browser already had (planted or not) never gets authenticated.
      const previous = live(currentSid);
      
      const sid = currentSid ?? randomBytes(32).toString('base64url');
      const t = now();
      sessions.set(sid, { userId, data: previous ? previous.data : {}, createdAt: t, lastSeen: t });
      return sid;
    },

    get(sid) {
      const session = live(sid);
      if (!session) return null;
      session.lastSeen = now();
      return { userId: session.userId, data: session.data };
    },

    logout(sid) {
      sessions.delete(sid);
    },

    cookie(sid) {
      return `sid=${sid}; ${attributes.replace('%s', String(Math.floor(idleTimeoutMs / 1000)))}`;
    },

    clearCookie() {
      return `sid=; ${attributes.replace('%s', '0')}`;
    },
  };
}
