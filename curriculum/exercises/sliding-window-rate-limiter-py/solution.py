# Week 10 — rate limiting with a sliding window log (in memory).
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float  # seconds until the next hit would be allowed; 0.0 when allowed


class RateLimiter:
    """At most `limit` hits per key in any `window` seconds (a sliding window log).

    >>> limiter = RateLimiter(3, 1.0, clock=lambda: 0.0)
    >>> limiter.hit("1.2.3.4")
    Decision(allowed=True, remaining=2, retry_after=0.0)
    """

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be an int >= 1, got {limit!r}")
        if isinstance(window, bool) or not isinstance(window, (int, float)) or window <= 0:
            raise ValueError(f"window must be a number of seconds > 0, got {window!r}")
        self.limit = limit
        self.window = window
        # monotonic by default: the wall clock can jump backwards and reopen a window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> Decision:
        now = self.clock()
        hits = self._hits.setdefault(key, deque())
        # Slide: forget the hits that have left the window (the deque is in time order).
        while hits and now - hits[0] >= self.window:
            hits.popleft()

        if len(hits) >= self.limit:
            # Refused hits are not recorded, so retrying early does not push the wait back.
            return Decision(allowed=False, remaining=0, retry_after=hits[0] + self.window - now)

        hits.append(now)
        return Decision(allowed=True, remaining=self.limit - len(hits), retry_after=0.0)
