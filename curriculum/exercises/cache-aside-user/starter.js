// Week 11 — the cache-aside pattern against a Redis-like client.

/**
 * @param {number | string} id
 * @param {{
 *   cache: { get(key: string): Promise<string | null>, set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>, del(key: string): Promise<number> },
 *   db: { findUserById(id: number | string): Promise<object | null> },
 *   ttlSeconds?: number,
 *   missTtlSeconds?: number,
 * }} deps
 * @returns {Promise<object | null>}
 */
export async function getUserWithCache(id, { cache, db, ttlSeconds = 3600, missTtlSeconds = 30 }) {
  // Always goes to the database. Add the cache in front of it (key: `user:${id}`).
  return db.findUserById(id);
}
