// Wrong: takes the newest waiting task (pop) instead of the oldest (shift): under load the
// first requests wait the longest, and some may never start.
export function pLimit(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  const queue = [];
  let active = 0;
  function next() {
    if (active >= concurrency || queue.length === 0) return;
    const { fn, args, resolve, reject } = queue.pop();
    active++;
    Promise.resolve()
      .then(() => fn(...args))
      .then(resolve, reject)
      .finally(() => {
        active--;
        next();
      });
  }
  const limit = (fn, ...args) =>
    new Promise((resolve, reject) => {
      queue.push({ fn, args, resolve, reject });
      // start on the next tick so a burst of calls all land in the queue first
      queueMicrotask(next);
    });
  Object.defineProperties(limit, {
    activeCount: { get: () => active },
    pendingCount: { get: () => queue.length },
  });
  return limit;
}
