// Week 11 — a fixed-window rate limiter whose counters live in Redis.

/**
 * @param {{ redis: any, limit: number, windowSeconds: number }} options
 */
export function createRedisRateLimiter({ redis, limit, windowSeconds }) {
  return {
    async hit(key) {
      const redisKey = `ratelimit:${key}`;
      // INCR is atomic, so concurrent requests on several API instances never lose a count.
      const count = await redis.incr(redisKey);
      // Only the hit that created the counter starts the window; later hits must not extend it.
      if (count === 1) await redis.expire(redisKey, windowSeconds);

      if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };

      let ttl = await redis.ttl(redisKey);
      if (ttl < 0) {
        // The EXPIRE after INCR never happened (crash, timeout): repair it or the client is locked out forever.
        await redis.expire(redisKey, windowSeconds);
        ttl = windowSeconds;
      }
      return { allowed: false, remaining: 0, retryAfterSeconds: ttl };
    },
  };
}
