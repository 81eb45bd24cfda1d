# WRONG: release() frees the slot and wakes a waiter, who re-checks: a newcomer can grab the slot first (no FIFO).
import asyncio
from collections import deque


class Limiter:
    def __init__(self, concurrency: int) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise TypeError(f"concurrency must be an int >= 1, got {concurrency!r}")
        self.concurrency = concurrency
        self._active = 0
        self._waiters: deque[asyncio.Future] = deque()

    async def acquire(self) -> None:
        while self._active >= self.concurrency:
            fut = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._active += 1

    def release(self) -> None:
        if self._active == 0:
            raise RuntimeError("release() called without a matching acquire()")
        self._active -= 1
        if self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)

    async def __aenter__(self):
        await self.acquire()
        return self

    async def __aexit__(self, *exc_info):
        self.release()

    async def run(self, fn, *args, **kwargs):
        async with self:
            return await fn(*args, **kwargs)

    @property
    def active(self) -> int:
        return self._active

    @property
    def pending(self) -> int:
        return len(self._waiters)
