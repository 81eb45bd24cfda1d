// Wrong: caches without an expiry, so a stale copy lives until someone deletes the key by
// hand (or Redis runs out of memory).
export async function getUserWithCache(id, { cache, db }) {
  const key = `user:${id}`;
  let cached = null;
  try {
    cached = await cache.get(key);
  } catch {
    // serve from the database
  }
  if (cached !== null && cached !== undefined) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) {
    try {
      await cache.set(key, JSON.stringify(user));
    } catch {
      // only costs a future miss
    }
  }
  return user;
}
