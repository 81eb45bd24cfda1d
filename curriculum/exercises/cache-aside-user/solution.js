// Week 11 — the cache-aside pattern against a Redis-like client.

/**
 * @param {number | string} id
 * @param {{ cache: any, db: { findUserById(id: number | string): Promise<object | null> }, ttlSeconds?: number, missTtlSeconds?: number }} deps
 * @returns {Promise<object | null>}
 */
export async function getUserWithCache(id, { cache, db, ttlSeconds = 3600, missTtlSeconds = 30 }) {
  const key = `user:${id}`;

  let cached = null;
  try {
    cached = await cache.get(key);
  } catch {
    // Redis is down or slow: serve from the database rather than fail the request.
  }
  // the cached string 'null' is a hit too: it remembers that the user does not exist
  if (cached !== null && cached !== undefined) return JSON.parse(cached);

  const user = await db.findUserById(id);
  try {
    // The TTL bounds staleness; a miss gets a short one, so a user created a moment later shows up soon.
    await cache.set(key, JSON.stringify(user), 'EX', user ? ttlSeconds : missTtlSeconds);
  } catch {
    // a failed write only costs us a future cache miss
  }
  return user;
}
