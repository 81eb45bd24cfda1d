# Week 12 — An in-memory job queue: retries with exponential backoff, a concurrency limit,
# a dead-letter list
#
# JobQueue(handler, *, concurrency=2, max_attempts=5, backoff=1.0, now=time.monotonic)
#   enqueue(payload, job_id=None) -> job_id (an existing job_id is not added again)
#   async work() -> runs due jobs (run_at <= now()), at most `concurrency` at once
#   status(job_id) -> {"state", "attempts", "run_at", "result", "error"} or None
#   dead_letters() -> [{"job_id", "payload", "attempts", "error"}]
# A failure on attempt n waits backoff * 2 ** (n - 1); after max_attempts it is dead.
import asyncio
import time
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    job_id: str
    attempt: int


class JobQueue:
    def __init__(self, handler, *, concurrency=2, max_attempts=5, backoff=1.0, now=time.monotonic):
        self.handler = handler
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.now = now

    def enqueue(self, payload, job_id=None):
        raise NotImplementedError("enqueue")

    async def work(self):
        raise NotImplementedError("work")

    def status(self, job_id):
        return None

    def dead_letters(self):
        return []
