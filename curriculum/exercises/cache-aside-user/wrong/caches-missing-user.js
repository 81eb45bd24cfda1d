// Wrong: caches a missing user with the long TTL, so a user created a minute later stays
// invisible for an hour.
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
  try {
    await cache.set(key, JSON.stringify(user), 'EX', ttlSeconds);
  } catch {
    // only costs a future miss
  }
  return user;
}
