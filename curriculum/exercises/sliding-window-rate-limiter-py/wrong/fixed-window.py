# WRONG: a fixed window. Simple, but a new burst is allowed as soon as the window resets.
import time
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
        self._windows = {}  # key -> (started_at, count)

    def hit(self, key):
        now = self.clock()
        start, count = self._windows.get(key, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        if count >= self.limit:
            return Decision(False, 0, start + self.window - now)
        self._windows[key] = (start, count + 1)
        return Decision(True, self.limit - count - 1, 0.0)
