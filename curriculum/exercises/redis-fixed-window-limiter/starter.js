// Week 11 — a fixed-window rate limiter whose counters live in Redis.

/**
 * @param {{
 *   redis: { incr(key: string): Promise<number>, expire(key: string, seconds: number): Promise<number>, ttl(key: string): Promise<number> },
 *   limit: number,
 *   windowSeconds: number,
 * }} options
 */
export function createRedisRateLimiter({ redis, limit, windowSeconds }) {
  return {
    /** @returns {Promise<{ allowed: boolean, remaining: number, retryAfterSeconds: number }>} */
    async hit(key) {
      throw new Error('Not implemented yet: hit (INCR ratelimit:<key>, EXPIRE on the first hit)');
    },
  };
}
