# Week 12 — batching and caching loads (the idea behind DataLoader), with asyncio.
import asyncio


class UserLoader:
    """Batches every load() of one event-loop turn into a single db.fetch_users(ids) call."""

    def __init__(self, db, max_batch_size: int = 100) -> None:
        self.db = db  # async fetch_users(ids: list[int]) -> list[dict] (rows in any order)
        self.max_batch_size = max_batch_size

    def load(self, user_id: int) -> "asyncio.Future[dict | None]":
        # Works, but makes one query per call: exactly the N+1 problem.
        return asyncio.ensure_future(self._fetch_one(user_id))

    async def _fetch_one(self, user_id: int) -> dict | None:
        rows = await self.db.fetch_users([user_id])
        return rows[0] if rows else None

    async def load_many(self, ids: list[int]) -> list[dict | None]:
        return [await self.load(i) for i in ids]
