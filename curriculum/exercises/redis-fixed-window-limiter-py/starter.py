# Week 11 — a fixed-window rate limiter whose counters live in Redis.
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: int  # whole seconds; 0 when allowed


class RedisRateLimiter:
    """At most `limit` hits per key per `window` seconds, counted in Redis (INCR + EXPIRE)."""

    def __init__(self, redis, limit: int, window: int) -> None:
        self.redis = redis  # incr(key) -> int, expire(key, seconds), ttl(key) -> int
        self.limit = limit
        self.window = window

    def hit(self, key: str) -> Decision:
        raise NotImplementedError("hit: INCR ratelimit:<key>, EXPIRE on the first hit")
