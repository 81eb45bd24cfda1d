// Wrong: accepts any concurrency ('2', 1.5, 0: the last one never runs anything), and
// activeCount / pendingCount are plain properties set once, so they never change.
export function pLimit(concurrency) {
  const queue = [];
  let active = 0;
  function next() {
    if (active >= concurrency || queue.length === 0) return;
    const { fn, args, resolve, reject } = queue.shift();
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
      next();
    });
  limit.activeCount = active;
  limit.pendingCount = queue.length;
  return limit;
}
