// Wrong: invalidates on update but forgets deleteUser, so a deleted user is still served
// from the cache for up to an hour.
const userKey = (id) => `user:${id}`;

export async function getUser(id, { cache, db, ttlSeconds = 3600 }) {
  const cached = await cache.get(userKey(id));
  if (cached !== null) return JSON.parse(cached);
  const user = await db.findUserById(id);
  if (user) await cache.set(userKey(id), JSON.stringify(user), 'EX', ttlSeconds);
  return user;
}

export async function updateUser(id, changes, { cache, db }) {
  const user = await db.updateUser(id, changes);
  await cache.del(userKey(id));
  return user;
}

export async function deleteUser(id, { db }) {
  return db.deleteUser(id);
}
