# WRONG: a cancelled waiter stays in the queue and is still counted as pending.
# Week 12 — a concurrency limiter (asyncio.Semaphore semantics, written by hand).
import asyncio
from collections import deque


class Limiter:
    """At most `concurrency` coroutines hold a slot at the same time; the others wait in FIFO order.

    >>> limiter = Limiter(2)
    >>> await asyncio.gather(*(limiter.run(fetch_page, i) for i in range(5)))   # 2 in flight at most
    ['page 0', 'page 1', 'page 2', 'page 3', 'page 4']
    """

    def __init__(self, concurrency: int) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise TypeError(f"concurrency must be an int >= 1, got {concurrency!r}")
        self.concurrency = concurrency
        self._active = 0
        self._waiters: deque[asyncio.Future] = deque()

    async def acquire(self) -> None:
        if self._active < self.concurrency and not self._waiters:
            self._active += 1
            return
        fut = asyncio.get_running_loop().create_future()
        self._waiters.append(fut)
        await fut  # release() hands us its slot by resolving this future

    def release(self) -> None:
        if self._active == 0:
            raise RuntimeError("release() called without a matching acquire()")
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                # Hand the slot straight to the oldest waiter (_active unchanged), so a newcomer
                # cannot grab it between this release and the waiter waking up.
                waiter.set_result(None)
                return
        self._active -= 1

    async def __aenter__(self) -> "Limiter":
        await self.acquire()
        return self

    async def __aexit__(self, *exc_info) -> None:
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
