// Wrong: sets EXPIRE on every hit, so each retry pushes the window forward and a client that
// keeps trying is never let back in.
export function createRedisRateLimiter({ redis, limit, windowSeconds }) {
  return {
    async hit(key) {
      const redisKey = `ratelimit:${key}`;
      const count = await redis.incr(redisKey);
      await redis.expire(redisKey, windowSeconds);
      if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
      return { allowed: false, remaining: 0, retryAfterSeconds: await redis.ttl(redisKey) };
    },
  };
}
