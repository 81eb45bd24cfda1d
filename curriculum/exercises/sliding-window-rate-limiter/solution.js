// Week 10 — rate limiting with a sliding window log (in memory).

/**
 * @param {{ limit: number, windowMs: number, now?: () => number }} options
 */
export function createRateLimiter({ limit, windowMs, now = () => Date.now() }) {
  /** key → timestamps of allowed hits, oldest first */
  const log = new Map();

  return {
    hit(key) {
      const t = now();
      // Slide: forget hits that have left the window.
      const hits = (log.get(key) ?? []).filter((at) => t - at < windowMs);

      if (hits.length >= limit) {
        log.set(key, hits);
        // Refused hits are not recorded, so retrying early does not push the ban back.
        return { allowed: false, remaining: 0, retryAfterMs: hits[0] + windowMs - t };
      }

      hits.push(t);
      log.set(key, hits);
      return { allowed: true, remaining: limit - hits.length, retryAfterMs: 0 };
    },
  };
}
