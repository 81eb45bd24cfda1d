// Wrong: count < limit refuses the limit-th hit (limit 3 allows only 2), and the key is not
// namespaced, so it can collide with other data in the same Redis.
export function createRedisRateLimiter({ redis, limit, windowSeconds }) {
  return {
    async hit(key) {
      const count = await redis.incr(key);
      if (count === 1) await redis.expire(key, windowSeconds);
      if (count < limit) return { allowed: true, remaining: limit - count - 1, retryAfterSeconds: 0 };
      let ttl = await redis.ttl(key);
      if (ttl < 0) {
        await redis.expire(key, windowSeconds);
        ttl = windowSeconds;
      }
      return { allowed: false, remaining: 0, retryAfterSeconds: ttl };
    },
  };
}
