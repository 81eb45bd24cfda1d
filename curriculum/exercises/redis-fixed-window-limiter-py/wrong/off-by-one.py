# WRONG: uses < instead of <=, so only limit - 1 hits get through.
# Week 11 — a fixed-window rate limiter whose counters live in Redis.
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: int  # whole seconds; 0 when allowed


class RedisRateLimiter:
    """At most `limit` hits per key per `window` seconds, counted in Redis (INCR + EXPIRE).

    >>> limiter = RedisRateLimiter(r, limit=2, window=60)
    >>> limiter.hit("1.2.3.4")
    Decision(allowed=True, remaining=1, retry_after=0)
    """

    def __init__(self, redis, limit: int, window: int) -> None:
        self.redis = redis
        self.limit = limit
        self.window = window

    def hit(self, key: str) -> Decision:
        redis_key = f"ratelimit:{key}"
        # INCR is atomic, so concurrent requests on several API instances never lose a count.
        count = self.redis.incr(redis_key)
        # Only the hit that created the counter starts the window; later hits must not extend it.
        if count == 1:
            self.redis.expire(redis_key, self.window)

        if count < self.limit:
            return Decision(allowed=True, remaining=self.limit - count - 1, retry_after=0)

        ttl = self.redis.ttl(redis_key)
        if ttl < 0:
            # The EXPIRE after INCR never happened (crash, timeout): repair it or the client is locked out forever.
            self.redis.expire(redis_key, self.window)
            ttl = self.window
        return Decision(allowed=False, remaining=0, retry_after=ttl)
