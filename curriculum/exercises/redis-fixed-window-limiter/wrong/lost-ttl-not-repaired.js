// Wrong: trusts that EXPIRE always ran after INCR. If the process died in between, the key
// never expires, ttl answers -1, and the client is blocked forever (with Retry-After: -1).
export function createRedisRateLimiter({ redis, limit, windowSeconds }) {
  return {
    async hit(key) {
      const redisKey = `ratelimit:${key}`;
      const count = await redis.incr(redisKey);
      if (count === 1) await redis.expire(redisKey, windowSeconds);
      if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
      return { allowed: false, remaining: 0, retryAfterSeconds: await redis.ttl(redisKey) };
    },
  };
}
