// Week 11 — cache invalidation on writes.

const userKey = (id) => `user:${id}`;

/** Cache-aside read (done for you). */
export async function getUser(id, { cache, db, ttlSeconds = 3600 }) {
  const cached = await cache.get(userKey(id));
  if (cached !== null) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) await cache.set(userKey(id), JSON.stringify(user), 'EX', ttlSeconds);
  return user;
}

/**
 * Update a user, then invalidate its cache entry.
 * @returns {Promise<object | null>} the updated user, or null when there is no such user
 */
export async function updateUser(id, changes, { cache, db }) {
  // Bug: the database changes but the cached copy stays, so getUser serves stale data.
  return db.updateUser(id, changes);
}

/**
 * Delete a user, then invalidate its cache entry.
 * @returns {Promise<boolean>} whether a user was deleted
 */
export async function deleteUser(id, { cache, db }) {
  // Same bug as updateUser.
  return db.deleteUser(id);
}
