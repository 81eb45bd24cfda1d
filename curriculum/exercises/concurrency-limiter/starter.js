// Week 12 — a concurrency limiter (like p-limit, or the queue inside a connection pool).

/**
 * @param {number} concurrency how many tasks may run at the same time (integer >= 1)
 * @returns {((fn: (...args: any[]) => any, ...args: any[]) => Promise<any>) & { activeCount: number, pendingCount: number }}
 */
export function pLimit(concurrency) {
  // Placeholder: starts every task immediately, with no limit at all.
  const limit = (fn, ...args) => Promise.resolve().then(() => fn(...args));
  limit.activeCount = 0;
  limit.pendingCount = 0;
  return limit;
}
