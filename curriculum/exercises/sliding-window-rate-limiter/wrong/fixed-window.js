// Wrong: a fixed window (counter reset every windowMs from the first hit): right after the
// reset a whole new burst is allowed, so 2 × limit hits can land within one window.
export function createRateLimiter({ limit, windowMs, now = () => Date.now() }) {
  const windows = new Map();
  return {
    hit(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      if (w.count >= limit) return { allowed: false, remaining: 0, retryAfterMs: w.start + windowMs - t };
      w.count += 1;
      return { allowed: true, remaining: limit - w.count, retryAfterMs: 0 };
    },
  };
}
