// Week 11 — cache invalidation on writes.

// One place defines the key, so reads and invalidations always agree.
const userKey = (id) => `user:${id}`;

/** Cache-aside read. */
export async function getUser(id, { cache, db, ttlSeconds = 3600 }) {
  const cached = await cache.get(userKey(id));
  if (cached !== null) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) await cache.set(userKey(id), JSON.stringify(user), 'EX', ttlSeconds);
  return user;
}

/**
 * Update a user, then invalidate its cache entry.
 * The database is the source of truth, so it is written first; if that throws, the cache is untouched.
 * We delete rather than set: racing writers could otherwise leave the older value cached.
 */
export async function updateUser(id, changes, { cache, db }) {
  const user = await db.updateUser(id, changes);
  await cache.del(userKey(id));
  return user;
}

/** Delete a user, then invalidate its cache entry. */
export async function deleteUser(id, { cache, db }) {
  const deleted = await db.deleteUser(id);
  await cache.del(userKey(id));
  return deleted;
}
