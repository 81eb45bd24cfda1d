// Wrong: never caches a missing user, so a burst of requests for an id that does not exist
// (a scraper, a stale link) goes to the database every time.
export async function getUserWithCache(id, { cache, db, ttlSeconds = 3600 }) {
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
      await cache.set(key, JSON.stringify(user), 'EX', ttlSeconds);
    } catch {
      // only costs a future miss
    }
  }
  return user;
}
