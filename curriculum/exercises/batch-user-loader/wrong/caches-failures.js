// Wrong: keeps the rejected promise in the cache, so after one network blip that user can
// never be loaded again by this loader.
const SQL = 'SELECT id, display_name FROM users WHERE id = ANY($1)';

export function createUserLoader(db) {
  const cache = new Map();
  let queue = [];
  async function flush() {
    const batch = queue;
    queue = [];
    try {
      const { rows } = await db.query(SQL, [batch.map((item) => item.id)]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const item of batch) item.resolve(byId.get(item.id) ?? null);
    } catch (err) {
      for (const item of batch) item.reject(err);
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
