# WRONG: waits for a whole batch of `concurrency` jobs before starting the next one
# a dead-letter list
import asyncio
import itertools
import time
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    job_id: str
    attempt: int


@dataclass
class Record:
    job_id: str
    payload: object
    run_at: float
    seq: int
    state: str = "waiting"
    attempts: int = 0
    result: object = None
    error: str | None = None


class JobQueue:
    def __init__(self, handler, *, concurrency=2, max_attempts=5, backoff=1.0, now=time.monotonic):
        self.handler = handler
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.now = now
        self.jobs = {}
        self.dead = []
        self.counter = itertools.count()

    def enqueue(self, payload, job_id=None):
        job_id = job_id or uuid.uuid4().hex
        # At-least-once meets idempotency: the same job_id is one job, whatever state it is in.
        if job_id not in self.jobs:
            self.jobs[job_id] = Record(job_id, payload, self.now(), next(self.counter))
        return job_id

    def _next_due(self):
        t = self.now()
        due = [r for r in self.jobs.values() if r.state == "waiting" and r.run_at <= t]
        return min(due, key=lambda r: (r.run_at, r.seq), default=None)

    async def _run(self, record):
        try:
            record.result = await self.handler(record.payload, Job(record.job_id, record.attempts))
            record.state = "completed"
        except Exception as exc:  # noqa: BLE001 - any failure of the job is retried
            record.error = str(exc)
            if record.attempts < self.max_attempts:
                record.state = "waiting"
                record.run_at = self.now() + self.backoff * 2 ** (record.attempts - 1)
            else:
                record.state = "dead"
                self.dead.append({"job_id": record.job_id, "payload": record.payload, "attempts": record.attempts, "error": record.error})

    async def work(self):
        running = set()
        while True:
            while len(running) < self.concurrency and (record := self._next_due()) is not None:
                record.state = "active"
                record.attempts += 1
                running.add(asyncio.ensure_future(self._run(record)))
            if not running:
                return
            await asyncio.gather(*running)
            running = set()

    def status(self, job_id):
        r = self.jobs.get(job_id)
        if r is None:
            return None
        return {"state": r.state, "attempts": r.attempts, "run_at": r.run_at, "result": r.result, "error": r.error}

    def dead_letters(self):
        return [dict(d) for d in self.dead]
