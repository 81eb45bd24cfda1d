// Wrong: deletes the cache key before writing the database: a read in between caches the old
// row again, and when the write fails the cache was emptied for nothing.
const userKey = (id) => `user:${id}`;

export async function getUser(id, { cache, db, ttlSeconds = 3600 }) {
  const cached = await cache.get(userKey(id));
  if (cached !== null) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) await cache.set(userKey(id), JSON.stringify(user), 'EX', ttlSeconds);
  return user;
}

export async function updateUser(id, changes, { cache, db }) {
  await cache.del(userKey(id));
  return db.updateUser(id, changes);
}

export async function deleteUser(id, { cache, db }) {
  await cache.del(userKey(id));
  return db.deleteUser(id);
}
