"""Per-connection rate limiting."""

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]  # seconds, monotonic


class TokenBucket:
    """Holds up to `capacity` tokens and gains `refill_per_second` tokens per second. Each
    frame costs one token; an empty bucket means "too fast". Allows short bursts (up to
    capacity) while capping the sustained rate."""

    def __init__(self, capacity: int, refill_per_second: float, clock: Clock = time.monotonic) -> None:
        self.capacity = capacity
        self.refill_per_second = refill_per_second
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def try_remove(self) -> bool:
        self._refill()
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def ms_until_next_token(self) -> int:
        """Milliseconds until the next token is available (0 if one is available now)."""
        self._refill()
        if self._tokens >= 1:
            return 0
        return math.ceil((1 - self._tokens) / self.refill_per_second * 1000)

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._last)
        self._tokens = min(float(self.capacity), self._tokens + elapsed * self.refill_per_second)
        self._last = now


class ViolationCounter:
    """Counts rate-limited frames in a sliding start window; too many means abuse (close 1008)."""

    def __init__(self, limit: int, window_seconds: float = 10.0, clock: Clock = time.monotonic) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock
        self._count = 0
        self._window_start = float("-inf")

    def record(self) -> bool:
        """Counts one violation; True when the limit is exceeded."""
        now = self._clock()
        if now - self._window_start > self.window_seconds:
            self._window_start = now
            self._count = 0
        self._count += 1
        return self._count > self.limit
