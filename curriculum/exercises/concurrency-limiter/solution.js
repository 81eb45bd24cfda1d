// Week 12 — a concurrency limiter (like p-limit, or the queue inside a connection pool).

/**
 * @param {number} concurrency how many tasks may run at the same time (integer >= 1)
 */
export function pLimit(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  const queue = []; // FIFO of { fn, args, resolve, reject }; shift() is fine at this size
  let active = 0;

  function next() {
    if (active >= concurrency || queue.length === 0) return;
    const { fn, args, resolve, reject } = queue.shift();
    active++;
    // Promise.resolve().then(...) turns a synchronous throw into a rejection of this task only.
    Promise.resolve()
      .then(() => fn(...args))
      .then(resolve, reject)
      .finally(() => {
        active--;
        next(); // a slot is free: start the oldest waiting task
      });
  }

  const limit = (fn, ...args) =>
    new Promise((resolve, reject) => {
      queue.push({ fn, args, resolve, reject });
      next();
    });

  Object.defineProperties(limit, {
    activeCount: { get: () => active },
    pendingCount: { get: () => queue.length },
  });
  return limit;
}
