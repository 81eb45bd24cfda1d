// Wrong: writes the new value into the cache instead of deleting the key: two updates racing
// can store the older value last, and it stays wrong until the TTL runs out.
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
  if (user) await cache.set(userKey(id), JSON.stringify(user), 'EX', 3600);
  return user;
}

export async function deleteUser(id, { cache, db }) {
  const deleted = await db.deleteUser(id);
  await cache.del(userKey(id));
  return deleted;
}
