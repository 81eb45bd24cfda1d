# Week 10 — rate limiting with a sliding window log (in memory).
# Implement RateLimiter.hit; keep Decision as it is.
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float  # seconds until the next hit would be allowed; 0.0 when allowed


class RateLimiter:
    """At most `limit` hits per key in any `window` seconds."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        # Suggested state: key -> deque of the times of the allowed hits, oldest first.

    def hit(self, key: str) -> Decision:
        # Placeholder: lets everything through. Implement the sliding window.
        return Decision(allowed=True, remaining=self.limit, retry_after=0.0)
