// Week 10 — rate limiting with a sliding window log (in memory).

/**
 * @param {{ limit: number, windowMs: number, now?: () => number }} options
 * @returns {{ hit(key: string): { allowed: boolean, remaining: number, retryAfterMs: number } }}
 */
export function createRateLimiter({ limit, windowMs, now = () => Date.now() }) {
  // Suggested state: key → array of timestamps of the allowed hits, oldest first.
  return {
    hit(key) {
      // Placeholder: lets everything through. Implement the sliding window.
      return { allowed: true, remaining: limit, retryAfterMs: 0 };
    },
  };
}
