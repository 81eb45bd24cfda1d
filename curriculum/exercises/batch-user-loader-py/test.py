import asyncio
import unittest

import learner

USERS = {i: {"id": i, "display_name": name} for i, name in enumerate(["Ada", "Grace", "Linus", "Barbara"], start=1)}
USERS.update({i: {"id": i, "display_name": f"User {i}"} for i in range(100, 400)})


class FakeDb:
    """Answers fetch_users(ids) with rows in reverse order (like a database that does not sort) and records calls."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []
        self.fail_next = False

    async def fetch_users(self, ids):
        self.calls.append(list(ids))
        await asyncio.sleep(0)  # a real driver would wait for the network here
        if self.fail_next:
            self.fail_next = False
            raise ConnectionResetError("connection reset by peer")
        return [dict(USERS[i]) for i in reversed(list(ids)) if i in USERS]


class UserLoaderTest(unittest.IsolatedAsyncioTestCase):
    async def test_one_query(self):
        """three loads in the same turn of the event loop make one fetch_users call with all three ids"""
        db = FakeDb()
        loader = learner.UserLoader(db)
        await asyncio.gather(loader.load(1), loader.load(2), loader.load(3))
        self.assertEqual(len(db.calls), 1, f"expected 1 query, got {db.calls}")
        self.assertEqual(sorted(db.calls[0]), [1, 2, 3])

    async def test_own_user(self):
        """each caller gets its own user, whatever order the rows come back in: loads 3, 1, 2 → Linus, Ada, Grace"""
        loader = learner.UserLoader(FakeDb())
        users = await asyncio.gather(loader.load(3), loader.load(1), loader.load(2))
        self.assertEqual([u["display_name"] for u in users], ["Linus", "Ada", "Grace"])

    async def test_missing(self):
        """an id with no row resolves to None"""
        loader = learner.UserLoader(FakeDb())
        ada, nobody = await asyncio.gather(loader.load(1), loader.load(404))
        self.assertEqual(ada["display_name"], "Ada")
        self.assertIsNone(nobody)

    async def test_duplicates(self):
        """duplicate ids in one turn are sent once and resolve to the same object: load(1), load(2), load(1) → fetch_users([1, 2])"""
        db = FakeDb()
        loader = learner.UserLoader(db)
        a, b, c = await asyncio.gather(loader.load(1), loader.load(2), loader.load(1))
        self.assertEqual(len(db.calls), 1)
        self.assertEqual(sorted(db.calls[0]), [1, 2], f"ids sent: {db.calls[0]}")
        self.assertIs(a, c)
        self.assertEqual(b["display_name"], "Grace")

    async def test_later_turn_and_cache(self):
        """a load in a later turn starts a new batch, and an id already loaded comes from the cache"""
        db = FakeDb()
        loader = learner.UserLoader(db)
        await loader.load(1)
        await loader.load(2)
        self.assertEqual(len(db.calls), 2, "separate turns should be separate batches")
        again = await loader.load(1)
        self.assertEqual(again["display_name"], "Ada")
        self.assertEqual(len(db.calls), 2, "loading id 1 again should not query")

    async def test_load_returns_future(self):
        """load() returns an awaitable at once, and the same one for the same id"""
        loader = learner.UserLoader(FakeDb())
        first, second = loader.load(1), loader.load(1)
        self.assertTrue(asyncio.isfuture(first), f"load() should return an asyncio.Future, got {type(first).__name__}")
        self.assertIs(first, second)
        self.assertEqual((await first)["display_name"], "Ada")

    async def test_failure(self):
        """a failing query raises in every load of the batch, and the ids can be loaded again later"""
        db = FakeDb()
        loader = learner.UserLoader(db)
        db.fail_next = True
        results = await asyncio.gather(loader.load(1), loader.load(2), return_exceptions=True)
        self.assertTrue(all(isinstance(r, ConnectionResetError) for r in results), f"got {results!r}")
        self.assertEqual((await loader.load(1))["display_name"], "Ada", "a failed load must not stay cached")

    async def test_max_batch_size(self):
        """250 ids with max_batch_size=100 make 3 calls of at most 100 ids, and every caller gets its user"""
        db = FakeDb()
        loader = learner.UserLoader(db, max_batch_size=100)
        ids = list(range(100, 350))
        users = await asyncio.gather(*(loader.load(i) for i in ids))
        self.assertEqual([len(c) for c in db.calls], [100, 100, 50])
        self.assertEqual([u["id"] for u in users], ids)

    async def test_load_many(self):
        """load_many([2, 404, 1]) returns [Grace, None, Ada] with one query"""
        db = FakeDb()
        loader = learner.UserLoader(db)
        users = await loader.load_many([2, 404, 1])
        self.assertEqual([u and u["display_name"] for u in users], ["Grace", None, "Ada"])
        self.assertEqual(len(db.calls), 1)

    async def test_loads_from_many_coroutines(self):
        """loads made from separate coroutines started together (like resolvers) still share one batch"""
        db = FakeDb()
        loader = learner.UserLoader(db)

        async def resolver(user_id):
            user = await loader.load(user_id)
            return user["display_name"]

        names = await asyncio.gather(*(resolver(i) for i in (4, 3, 2, 1)))
        self.assertEqual(names, ["Barbara", "Linus", "Grace", "Ada"])
        self.assertEqual(len(db.calls), 1, f"calls: {db.calls}")


if __name__ == "__main__":
    unittest.main()
