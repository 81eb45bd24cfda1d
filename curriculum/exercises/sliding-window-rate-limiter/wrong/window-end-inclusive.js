// Wrong: keeps hits while now - t <= windowMs: a hit exactly windowMs old still counts, so
// the next slot opens one millisecond late (off by one at the window edge).
export function createRateLimiter({ limit, windowMs, now = () => Date.now() }) {
  const log = new Map();
  return {
    hit(key) {
      const t = now();
      const hits = (log.get(key) ?? []).filter((at) => t - at <= windowMs);
      if (hits.length >= limit) {
        log.set(key, hits);
        return { allowed: false, remaining: 0, retryAfterMs: hits[0] + windowMs - t };
      }
      hits.push(t);
      log.set(key, hits);
      return { allowed: true, remaining: limit - hits.length, retryAfterMs: 0 };
    },
  };
}
