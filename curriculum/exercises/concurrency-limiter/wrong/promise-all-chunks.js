// Wrong: runs the tasks in fixed groups of `concurrency`: a group waits for its slowest task
// before the next group starts, so a free slot stays idle behind one slow call.
export function pLimit(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  let previousGroups = Promise.resolve();
  let group = [];
  let active = 0;
  let pending = 0;
  const limit = (fn, ...args) => {
    if (group.length === concurrency) {
      const finished = Promise.allSettled(group);
      previousGroups = previousGroups.then(() => finished);
      group = [];
    }
    pending++;
    const run = previousGroups
      .then(() => {
        pending--;
        active++;
        return fn(...args);
      })
      .finally(() => {
        active--;
      });
    group.push(run);
    return run;
  };
  Object.defineProperties(limit, {
    activeCount: { get: () => active },
    pendingCount: { get: () => pending },
  });
  return limit;
}
