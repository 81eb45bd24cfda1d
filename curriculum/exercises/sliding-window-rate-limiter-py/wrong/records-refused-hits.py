# WRONG: refused hits are logged too, so a client that keeps retrying is never let back in.
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1 or window <= 0:
            raise ValueError("bad limiter settings")
        self.limit, self.window, self.clock = limit, window, clock
        self._hits = {}

    def hit(self, key):
        now = self.clock()
        hits = self._hits.setdefault(key, deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        hits.append(now)
        if len(hits) > self.limit:
            return Decision(False, 0, hits[0] + self.window - now)
        return Decision(True, self.limit - len(hits), 0.0)
