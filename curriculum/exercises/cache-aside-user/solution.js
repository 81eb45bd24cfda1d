// Week 11 — the cache-aside pattern against a Redis-like client.

/**
 * @param {number | string} id
 * @param {{ cache: any, db: { findUserById(id: number | string): Promise<object | null> }, ttlSeconds?: number }} deps
 * @returns {Promise<object | null>}
 */
export async function getUserWithCache(id, { cache, db, ttlSeconds = 3600 }) {
  const key = `user:${id}`;

  let cached = null;
  try {
    cached = await cache.get(key);
  } catch {
    // Redis is down or slow: serve from the database rather than fail the request.
  }
  if (cached !== null && cached !== undefined) return JSON.parse(cached);

  const user = await db.findUserById(id);
  // Missing users are not cached: a user created a second later must be visible.
  if (user) {
    try {
      await cache.set(key, JSON.stringify(user), 'EX', ttlSeconds); // the TTL bounds staleness
    } catch {
      // a failed write only costs us a future cache miss
    }
  }
  return user;
}
