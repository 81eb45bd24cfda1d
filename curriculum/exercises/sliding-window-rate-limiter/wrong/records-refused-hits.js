// Wrong: logs every hit, refused ones included, so a client that keeps retrying is never
// let through again.
export function createRateLimiter({ limit, windowMs, now = () => Date.now() }) {
  const log = new Map();
  return {
    hit(key) {
      const t = now();
      const hits = (log.get(key) ?? []).filter((at) => t - at < windowMs);
      hits.push(t);
      log.set(key, hits);
      if (hits.length > limit) {
        return { allowed: false, remaining: 0, retryAfterMs: hits[hits.length - limit - 1] + windowMs - t };
      }
      return { allowed: true, remaining: limit - hits.length, retryAfterMs: 0 };
    },
  };
}
