// Wrong: lets a cache error fail the request: when Redis is down every user lookup answers
// 500 although the database is fine.
export async function getUserWithCache(id, { cache, db, ttlSeconds = 3600 }) {
  const key = `user:${id}`;
  const cached = await cache.get(key);
  if (cached !== null) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) await cache.set(key, JSON.stringify(user), 'EX', ttlSeconds);
  return user;
}
