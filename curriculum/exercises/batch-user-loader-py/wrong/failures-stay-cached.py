# WRONG: a failed batch stays in the cache, so every later load of those ids raises the old error.
# Week 12 — batching and caching loads (the idea behind DataLoader), with asyncio.
import asyncio


class UserLoader:
    """Batches every load() of one event-loop turn into one db.fetch_users(ids) call per chunk.

    >>> loader = UserLoader(db)
    >>> a, b, c = await asyncio.gather(loader.load(1), loader.load(2), loader.load(1))
    >>> db.calls            # one query; ids 1 and 2 once each
    [[1, 2]]
    """

    def __init__(self, db, max_batch_size: int = 100) -> None:
        self.db = db
        self.max_batch_size = max_batch_size
        # id -> future of the user; caching the future also dedupes ids within a batch
        self._cache: dict[int, asyncio.Future] = {}
        self._queue: list[int] = []
        self._tasks: set[asyncio.Task] = set()  # strong references: the loop only keeps weak ones

    def load(self, user_id: int) -> "asyncio.Future[dict | None]":
        cached = self._cache.get(user_id)
        if cached is not None:
            return cached
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self._cache[user_id] = fut
        self._queue.append(user_id)
        if len(self._queue) == 1:
            # The first load of this turn schedules the dispatch; call_soon runs it after
            # everything already scheduled, so the other loads of this turn join the queue first.
            loop.call_soon(self._dispatch)
        return fut

    async def load_many(self, ids: list[int]) -> list[dict | None]:
        return list(await asyncio.gather(*(self.load(i) for i in ids)))

    def _dispatch(self) -> None:
        ids, self._queue = self._queue, []
        for start in range(0, len(ids), self.max_batch_size):
            task = asyncio.ensure_future(self._fetch(ids[start:start + self.max_batch_size]))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _fetch(self, ids: list[int]) -> None:
        try:
            rows = await self.db.fetch_users(ids)
        except Exception as exc:
            for user_id in ids:
                # Do not remember failures: the next load of this id retries.
                self._cache[user_id].set_exception(exc)
            return
        by_id = {row["id"]: row for row in rows}
        for user_id in ids:
            fut = self._cache[user_id]
            if not fut.done():  # a caller may have cancelled its wait
                fut.set_result(by_id.get(user_id))
