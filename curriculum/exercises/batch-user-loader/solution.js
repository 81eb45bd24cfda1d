// Week 12 — batching and caching loads (the idea behind DataLoader).

const SQL = 'SELECT id, display_name FROM users WHERE id = ANY($1)';

/**
 * @param {{ query(text: string, params?: unknown[]): Promise<{ rows: any[] }> }} db
 */
export function createUserLoader(db) {
  /** id → promise of the user; caching the promise also dedupes ids within a batch */
  const cache = new Map();
  /** loads waiting for the next flush */
  let queue = [];

  async function flush() {
    const batch = queue;
    queue = [];
    try {
      const { rows } = await db.query(SQL, [batch.map((item) => item.id)]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const item of batch) item.resolve(byId.get(item.id) ?? null);
    } catch (err) {
      for (const item of batch) {
        cache.delete(item.id); // do not remember failures: the next load retries
        item.reject(err);
      }
    }
  }

  return {
    load(id) {
      const cached = cache.get(id);
      if (cached) return cached;
      const promise = new Promise((resolve, reject) => {
        queue.push({ id, resolve, reject });
        // The first load of this tick schedules the flush; the others just join the queue.
        if (queue.length === 1) queueMicrotask(flush);
      });
      cache.set(id, promise);
      return promise;
    },
  };
}
