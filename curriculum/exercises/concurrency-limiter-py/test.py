import asyncio
import unittest

import learner


async def turns(n: int = 5) -> None:
    """Let the event loop run other tasks for a few turns (no wall-clock sleeping)."""
    for _ in range(n):
        await asyncio.sleep(0)


async def within(awaitable, what: str = "the tasks"):
    """Await with a safety net: a limiter that leaks a slot would otherwise wait forever."""
    try:
        return await asyncio.wait_for(awaitable, timeout=1)
    except asyncio.TimeoutError:
        raise AssertionError(f"{what} never finished: a slot was not released, or a waiter was never woken") from None


class LimiterTest(unittest.IsolatedAsyncioTestCase):
    async def test_peak(self):
        """never more than `concurrency` tasks run at the same time (10 tasks, limit 3 → peak 3)"""
        limiter = learner.Limiter(3)
        running = peak = 0

        async def task(steps):
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await turns(steps)
            running -= 1

        await within(asyncio.gather(*(limiter.run(task, s) for s in [4, 1, 3, 2, 5, 1, 2, 3, 1, 2])))
        self.assertEqual(peak, 3, f"peak concurrency was {peak}")

    async def test_results_and_args(self):
        """run returns each task's own result, and passes positional and keyword arguments on"""
        limiter = learner.Limiter(2)

        async def mul(a, b, *, plus=0):
            await turns(a)
            return a * b + plus

        results = await within(asyncio.gather(*(limiter.run(mul, n, 10, plus=1) for n in (3, 1, 2))))
        self.assertEqual(results, [31, 11, 21])

    async def test_fifo(self):
        """waiting tasks start in first-in, first-out order (limit 1: a, b, c, d)"""
        limiter = learner.Limiter(1)
        started = []

        async def task(name):
            started.append(name)
            await turns(2)

        await within(asyncio.gather(*(limiter.run(task, n) for n in "abcd")))
        self.assertEqual(started, list("abcd"))

    async def test_no_barging(self):
        """a slot released while b waits goes to b: a coroutine arriving later (c) cannot jump the queue"""
        limiter = learner.Limiter(1)
        order = []
        await limiter.acquire()

        async def worker(name):
            async with limiter:
                order.append(name)
                await turns(2)

        b = asyncio.create_task(worker("b"))
        await turns()
        self.assertEqual(limiter.pending, 1)
        c = asyncio.create_task(worker("c"))  # scheduled before b can wake up
        limiter.release()
        await within(asyncio.gather(b, c), "b and c")
        self.assertEqual(order, ["b", "c"])

    async def test_error_isolated(self):
        """a task that raises fails only its own run(); the queue keeps going"""
        limiter = learner.Limiter(1)

        async def ok(v):
            return v

        async def boom():
            raise ValueError("boom")

        results = await within(
            asyncio.gather(limiter.run(ok, "first"), limiter.run(boom), limiter.run(ok, "third"), return_exceptions=True)
        )
        self.assertEqual(results[0], "first")
        self.assertIsInstance(results[1], ValueError)
        self.assertEqual(results[2], "third")
        self.assertEqual((limiter.active, limiter.pending), (0, 0), "the failed task's slot must be released")

    async def test_sync_raise(self):
        """a function that raises before returning an awaitable fails that run() only, and frees its slot"""
        limiter = learner.Limiter(1)

        def not_async():
            raise KeyError("sync boom")

        with self.assertRaises(KeyError):
            await limiter.run(not_async)

        async def fine():
            return "still works"

        self.assertEqual(await within(limiter.run(fine), "the run after the failure"), "still works")

    async def test_context_manager(self):
        """async with releases the slot even when the body raises"""
        limiter = learner.Limiter(1)
        with self.assertRaises(RuntimeError):
            async with limiter:
                self.assertEqual(limiter.active, 1)
                raise RuntimeError("body failed")
        self.assertEqual(limiter.active, 0)

    async def test_counts(self):
        """active and pending report running and waiting tasks: 5 gated tasks with limit 2 → (2, 3), then (2, 2), then (0, 0)"""
        limiter = learner.Limiter(2)
        gates = [asyncio.Event() for _ in range(5)]
        everything = asyncio.gather(*(limiter.run(g.wait) for g in gates))
        await turns()
        self.assertEqual((limiter.active, limiter.pending), (2, 3))
        gates[0].set()
        await turns()
        self.assertEqual((limiter.active, limiter.pending), (2, 2))
        for g in gates:
            g.set()
        await within(everything)
        self.assertEqual((limiter.active, limiter.pending), (0, 0))

    async def test_cancelled_waiter(self):
        """a waiter cancelled while waiting leaves the queue and never takes a slot"""
        limiter = learner.Limiter(1)
        await limiter.acquire()
        ran = []

        async def worker(name):
            async with limiter:
                ran.append(name)

        b = asyncio.create_task(worker("b"))
        c = asyncio.create_task(worker("c"))
        await turns()
        self.assertEqual(limiter.pending, 2)
        b.cancel()
        await turns()
        self.assertEqual(limiter.pending, 1, "the cancelled waiter is still counted as pending")
        limiter.release()
        await within(c, "c")
        self.assertTrue(b.cancelled())
        self.assertEqual(ran, ["c"])
        self.assertEqual((limiter.active, limiter.pending), (0, 0))

    async def test_release_without_acquire(self):
        """release() without a matching acquire() raises RuntimeError instead of creating a slot"""
        limiter = learner.Limiter(1)
        with self.assertRaises(RuntimeError):
            limiter.release()
        await limiter.acquire()
        self.assertEqual(limiter.active, 1)

    async def test_bad_concurrency(self):
        """Limiter raises TypeError for a concurrency that is not an int >= 1 (0, -1, 1.5, "2", None, True)"""
        for bad in (0, -1, 1.5, "2", None, True):
            with self.assertRaises(TypeError, msg=f"Limiter({bad!r}) should raise TypeError"):
                learner.Limiter(bad)


if __name__ == "__main__":
    unittest.main()
