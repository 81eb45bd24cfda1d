# WRONG: caches finished users instead of futures, so the same id asked twice in one turn is queued and sent twice.
import asyncio


class UserLoader:
    def __init__(self, db, max_batch_size: int = 100) -> None:
        self.db = db
        self.max_batch_size = max_batch_size
        self._values: dict[int, dict | None] = {}
        self._queue: list[tuple[int, asyncio.Future]] = []
        self._tasks: set[asyncio.Task] = set()

    def load(self, user_id: int) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if user_id in self._values:
            fut.set_result(self._values[user_id])
            return fut
        self._queue.append((user_id, fut))
        if len(self._queue) == 1:
            loop.call_soon(self._dispatch)
        return fut

    async def load_many(self, ids):
        return list(await asyncio.gather(*(self.load(i) for i in ids)))

    def _dispatch(self) -> None:
        batch, self._queue = self._queue, []
        for start in range(0, len(batch), self.max_batch_size):
            task = asyncio.ensure_future(self._fetch(batch[start:start + self.max_batch_size]))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _fetch(self, batch) -> None:
        try:
            rows = await self.db.fetch_users([user_id for user_id, _ in batch])
        except Exception as exc:
            for _, fut in batch:
                fut.set_exception(exc)
            return
        by_id = {row["id"]: row for row in rows}
        for user_id, fut in batch:
            self._values[user_id] = by_id.get(user_id)
            fut.set_result(by_id.get(user_id))
