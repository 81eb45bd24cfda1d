import asyncio
import unittest

import learner

T0 = 1_000_000.0


class Clock:
    def __init__(self, start=T0):
        self.time = start

    def __call__(self):
        return self.time


async def turns(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def within(awaitable):
    try:
        return await asyncio.wait_for(awaitable, timeout=2)
    except asyncio.TimeoutError:
        raise AssertionError("work() never returned: is a slot never freed, or does it wait for delayed jobs?") from None


def failing(message="smtp down"):
    async def handler(payload, job):
        raise RuntimeError(message)
    return handler


class JobQueueTest(unittest.IsolatedAsyncioTestCase):
    async def test_runs_once(self):
        """a job runs once with its payload and Job(job_id, attempt=1), and keeps its result"""
        calls = []

        async def handler(payload, job):
            calls.append((payload, job.job_id, job.attempt))
            return "sent"

        q = learner.JobQueue(handler, now=Clock())
        self.assertEqual(q.enqueue({"to": "ada"}, job_id="welcome-1"), "welcome-1")
        self.assertEqual(q.status("welcome-1")["state"], "waiting")
        await within(q.work())
        self.assertEqual(calls, [({"to": "ada"}, "welcome-1", 1)])
        status = q.status("welcome-1")
        self.assertEqual((status["state"], status["attempts"], status["result"], status["error"]), ("completed", 1, "sent", None))

    async def test_ids(self):
        """enqueue without a job_id makes a new unique id; status of an unknown id is None"""
        async def handler(payload, job):
            return None

        q = learner.JobQueue(handler, now=Clock())
        ids = [q.enqueue(i) for i in range(10)]
        self.assertEqual(len(set(ids)), 10)
        self.assertIsNone(q.status("nope"))
        await within(q.work())

    async def test_fifo(self):
        """with concurrency 1, jobs run in enqueue order"""
        order = []

        async def handler(payload, job):
            order.append(payload)
            await turns()

        q = learner.JobQueue(handler, concurrency=1, now=Clock())
        for p in "abcd":
            q.enqueue(p)
        await within(q.work())
        self.assertEqual(order, list("abcd"))

    async def test_peak(self):
        """never more than `concurrency` handlers at once (8 jobs, concurrency 3)"""
        running = peak = 0

        async def handler(steps, job):
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await turns(steps)
            running -= 1

        q = learner.JobQueue(handler, concurrency=3, now=Clock())
        for steps in (3, 1, 4, 1, 5, 2, 6, 1):
            q.enqueue(steps)
        await within(q.work())
        self.assertEqual(peak, 3, f"peak concurrency was {peak}, the limit is 3")

    async def test_free_slot(self):
        """a freed slot is used at once: a fast job finishing lets the next start while a slow one still runs"""
        loop = asyncio.get_running_loop()
        gates = {"slow": loop.create_future(), "fast": loop.create_future()}
        started = []

        async def handler(name, job):
            started.append(name)
            if name in gates:
                await gates[name]

        q = learner.JobQueue(handler, concurrency=2, now=Clock())
        for name in ("slow", "fast", "third"):
            q.enqueue(name)
        done = asyncio.ensure_future(q.work())
        await turns(3)
        self.assertEqual(started, ["slow", "fast"], "two slots: the first two jobs start, the third waits")
        gates["fast"].set_result(None)
        await turns(5)
        self.assertEqual(started, ["slow", "fast", "third"], "the third job must start as soon as the fast one is done, not after the slow one")
        gates["slow"].set_result(None)
        await within(done)

    async def test_backoff(self):
        """exponential backoff: a failing job is due again after 1, 2, 4 s (backoff * 2 ** (attempt - 1))"""
        now = Clock()
        attempts = []

        async def handler(payload, job):
            attempts.append((job.attempt, now.time - T0))
            raise RuntimeError("partner API 503")

        q = learner.JobQueue(handler, max_attempts=4, backoff=1.0, now=now)
        job_id = q.enqueue("x")
        await within(q.work())
        self.assertEqual(q.status(job_id), {"state": "waiting", "attempts": 1, "run_at": T0 + 1, "result": None, "error": "partner API 503"},
                         "after the first failure the job waits `backoff` (1 s) from now()")
        now.time = T0 + 0.999
        await within(q.work())
        self.assertEqual(len(attempts), 1, "the job ran again before its backoff had passed")
        for at, next_at in ((T0 + 1, T0 + 3), (T0 + 3, T0 + 7)):
            now.time = at
            await within(q.work())
            self.assertEqual(q.status(job_id)["run_at"], next_at,
                             f"after attempt {len(attempts)} at +{at - T0:g} s the next try is due at +{next_at - T0:g} s (delays 1, 2, 4 s: exponential, not linear)")
        self.assertEqual(attempts, [(1, 0), (2, 1), (3, 3)])

    async def test_dead_letter(self):
        """dead letter after exactly max_attempts attempts, with the last error"""
        now = Clock()
        calls = 0

        async def handler(payload, job):
            nonlocal calls
            calls += 1
            raise RuntimeError(f"failure {calls}")

        q = learner.JobQueue(handler, max_attempts=3, backoff=0.01, now=now)
        q.enqueue({"invoice": 42}, job_id="invoice-42")
        for _ in range(6):
            await within(q.work())
            now.time += 1
        self.assertEqual(calls, 3, f"max_attempts=3 means 3 attempts in all (1 + 2 retries), the handler ran {calls} times")
        self.assertEqual(q.status("invoice-42")["state"], "dead")
        self.assertEqual(q.dead_letters(), [{"job_id": "invoice-42", "payload": {"invoice": 42}, "attempts": 3, "error": "failure 3"}])

    async def test_one_attempt(self):
        """max_attempts=1: the first failure goes straight to the dead letters"""
        q = learner.JobQueue(failing("boom"), max_attempts=1, now=Clock())
        q.enqueue("a", job_id="a")
        await within(q.work())
        self.assertEqual(q.status("a")["state"], "dead")
        self.assertEqual(len(q.dead_letters()), 1)

    async def test_succeeds_on_retry(self):
        """a job that fails twice then succeeds is completed after 3 attempts"""
        now = Clock()

        async def handler(payload, job):
            if job.attempt < 3:
                raise RuntimeError("not yet")
            return "ok"

        q = learner.JobQueue(handler, backoff=0.1, now=now)
        job_id = q.enqueue("x")
        for _ in range(4):
            await within(q.work())
            now.time += 1
        status = q.status(job_id)
        self.assertEqual((status["state"], status["attempts"], status["result"]), ("completed", 3, "ok"))
        self.assertEqual(q.dead_letters(), [])

    async def test_same_job_id(self):
        """the same job_id is one job: enqueued again while waiting, after completing or after dying, it does not run again"""
        runs = []

        async def handler(payload, job):
            runs.append(payload)
            if payload == "bad":
                raise RuntimeError("no")

        q = learner.JobQueue(handler, max_attempts=1, now=Clock())
        self.assertEqual(q.enqueue("first", job_id="invoice-42"), "invoice-42")
        self.assertEqual(q.enqueue("second", job_id="invoice-42"), "invoice-42")
        await within(q.work())
        q.enqueue("third", job_id="invoice-42")
        q.enqueue("bad", job_id="bad-1")
        await within(q.work())
        q.enqueue("bad", job_id="bad-1")
        await within(q.work())
        self.assertEqual(runs, ["first", "bad"], "a job_id already known (waiting, completed or dead) must not be added again: the invoice would be sent twice")

    async def test_failure_does_not_block(self):
        """a failing job does not hold up the others"""
        ran = []

        async def handler(payload, job):
            ran.append(payload)
            if payload == "bad":
                raise RuntimeError("x")

        q = learner.JobQueue(handler, concurrency=1, now=Clock())
        q.enqueue("bad")
        q.enqueue("good")
        await within(q.work())
        self.assertEqual(ran, ["bad", "good"], "a retry waits for its backoff; the next job runs meanwhile")

    async def test_due_order(self):
        """due jobs run oldest run_at first: a new job due earlier beats a retry due later"""
        now = Clock()
        ran = []

        async def handler(payload, job):
            ran.append(f"{payload}#{job.attempt}")
            if payload == "flaky" and job.attempt == 1:
                raise RuntimeError("x")

        q = learner.JobQueue(handler, concurrency=1, backoff=1.0, now=now)
        q.enqueue("flaky")
        await within(q.work())
        now.time = T0 + 0.5
        q.enqueue("fresh")
        now.time = T0 + 2
        await within(q.work())
        self.assertEqual(ran, ["flaky#1", "fresh#1", "flaky#2"])

    async def test_nothing_due(self):
        """work() with nothing due returns at once"""
        async def handler(payload, job):
            raise AssertionError("no job should run")

        await within(learner.JobQueue(handler, now=Clock()).work())
