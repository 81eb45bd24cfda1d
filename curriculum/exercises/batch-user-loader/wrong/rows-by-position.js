// Wrong: hands out rows by position (rows[i] to the i-th caller), but a database returns rows
// in whatever order it likes, so callers get each other's users (and a missing id shifts
// every user after it).
const SQL = 'SELECT id, display_name FROM users WHERE id = ANY($1)';

export function createUserLoader(db) {
  const cache = new Map();
  let queue = [];
  async function flush() {
    const batch = queue;
    queue = [];
    try {
      const { rows } = await db.query(SQL, [batch.map((item) => item.id)]);
      batch.forEach((item, i) => item.resolve(rows[i] ?? null));
    } catch (err) {
      for (const item of batch) {
        cache.delete(item.id);
        item.reject(err);
      }
    }
  }
  return {
    load(id) {
      if (cache.has(id)) return cache.get(id);
      const promise = new Promise((resolve, reject) => {
        queue.push({ id, resolve, reject });
        if (queue.length === 1) queueMicrotask(flush);
      });
      cache.set(id, promise);
      return promise;
    },
  };
}
