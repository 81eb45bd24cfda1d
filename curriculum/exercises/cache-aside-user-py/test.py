import json
import unittest

import learner


class FakeRedis:
    """A dict-backed stand-in for redis.Redis(decode_responses=True) with a clock the test moves."""

    def __init__(self) -> None:
        self.now = 0.0
        self.data: dict[str, tuple[str, float | None]] = {}  # key -> (value, expires_at)
        self.calls: list[tuple] = []

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def _live(self, key):
        entry = self.data.get(key)
        if entry and entry[1] is not None and entry[1] <= self.now:
            del self.data[key]
            return None
        return entry

    def get(self, key):
        self.calls.append(("get", key))
        entry = self._live(key)
        return entry[0] if entry else None

    def set(self, key, value, ex=None, **kwargs):
        self.calls.append(("set", key, value, ex))
        if not isinstance(value, str):
            raise TypeError("fake redis: values must be str (use json.dumps)")
        self.data[key] = (value, None if ex is None else self.now + ex)
        return True

    def setex(self, key, seconds, value):
        return self.set(key, value, ex=seconds)

    def delete(self, *keys):
        self.calls.append(("delete", *keys))
        return sum(1 for k in keys if self.data.pop(k, None) is not None)

    def ttl(self, key):
        entry = self._live(key)
        if entry is None:
            return -2
        return -1 if entry[1] is None else round(entry[1] - self.now)


class BrokenRedis:
    """Redis is down: every command raises ConnectionError."""

    def get(self, *a, **k):
        raise ConnectionError("Error 111 connecting to cache:6379. Connection refused.")

    set = setex = delete = get


class FakeDb:
    def __init__(self, users: dict) -> None:
        self.users = users
        self.reads = 0

    def find_user_by_id(self, user_id):
        self.reads += 1
        user = self.users.get(user_id)
        return json.loads(json.dumps(user)) if user is not None else None


ADA = {"id": 42, "name": "Ada", "email": "ada@example.com", "roles": ["author"]}


class CacheAside(unittest.TestCase):
    def test_miss_stores_json_with_ttl(self):
        """a miss reads the database and stores the user as JSON under user:42 with a TTL of 3600 s"""
        cache, db = FakeRedis(), FakeDb({42: ADA})
        self.assertEqual(learner.get_user_with_cache(42, cache=cache, db=db), ADA)
        self.assertEqual(db.reads, 1)
        self.assertIn("user:42", cache.data, f"nothing stored under user:42 (keys: {list(cache.data)})")
        self.assertEqual(json.loads(cache.data["user:42"][0]), ADA)
        self.assertEqual(cache.ttl("user:42"), 3600, "the entry needs ex=3600")

    def test_hit(self):
        """a second call is a hit: the same dict comes back and the database is not read again"""
        cache, db = FakeRedis(), FakeDb({42: ADA})
        learner.get_user_with_cache(42, cache=cache, db=db)
        again = learner.get_user_with_cache(42, cache=cache, db=db)
        self.assertEqual(db.reads, 1, "the database was read again on a cache hit")
        self.assertEqual(again, ADA, "a hit must return the parsed dict, not the JSON string")

    def test_ttl_expiry(self):
        """with ttl=60 the user is still cached after 59 s and read from the database again at 60 s"""
        cache, db = FakeRedis(), FakeDb({42: ADA})
        learner.get_user_with_cache(42, cache=cache, db=db, ttl=60)
        cache.advance(59)
        learner.get_user_with_cache(42, cache=cache, db=db, ttl=60)
        self.assertEqual(db.reads, 1, "still cached after 59 s")
        cache.advance(1)
        learner.get_user_with_cache(42, cache=cache, db=db, ttl=60)
        self.assertEqual(db.reads, 2, "expired after 60 s")

    def test_round_trip(self):
        """a value already in the cache is returned parsed (nested lists and strings) without any database read"""
        cache, db = FakeRedis(), FakeDb({})
        cache.set("user:5", json.dumps({"id": 5, "name": "Grace", "roles": ["admin", "author"]}), ex=100)
        self.assertEqual(
            learner.get_user_with_cache(5, cache=cache, db=db), {"id": 5, "name": "Grace", "roles": ["admin", "author"]}
        )
        self.assertEqual(db.reads, 0)

    def test_missing_user_cached_briefly(self):
        """a missing user returns None and is cached as "null" for miss_ttl=30 s: no second read within 30 s"""
        cache, db = FakeRedis(), FakeDb({})
        self.assertIsNone(learner.get_user_with_cache(7, cache=cache, db=db))
        self.assertEqual(cache.data.get("user:7", (None,))[0], "null", "store the miss as the JSON string 'null'")
        self.assertEqual(cache.ttl("user:7"), 30, "a miss gets the short miss_ttl, not the 3600 s of a hit")
        self.assertIsNone(learner.get_user_with_cache(7, cache=cache, db=db))
        self.assertEqual(db.reads, 1, "the cached 'null' is a hit")

    def test_created_user_appears(self):
        """a user created after a cached miss is found once the 30 s miss TTL has passed"""
        cache, db = FakeRedis(), FakeDb({})
        learner.get_user_with_cache(7, cache=cache, db=db)
        db.users[7] = {"id": 7, "name": "Linus"}
        cache.advance(30)
        self.assertEqual(learner.get_user_with_cache(7, cache=cache, db=db), {"id": 7, "name": "Linus"})

    def test_custom_ttls(self):
        """the ttl and miss_ttl arguments are used: ttl=120 and miss_ttl=5"""
        cache, db = FakeRedis(), FakeDb({1: {"id": 1}})
        learner.get_user_with_cache(1, cache=cache, db=db, ttl=120, miss_ttl=5)
        learner.get_user_with_cache(2, cache=cache, db=db, ttl=120, miss_ttl=5)
        self.assertEqual((cache.ttl("user:1"), cache.ttl("user:2")), (120, 5))

    def test_cache_down(self):
        """if the cache is down (get and set raise ConnectionError) the user still comes from the database"""
        db = FakeDb({42: ADA})
        self.assertEqual(learner.get_user_with_cache(42, cache=BrokenRedis(), db=db), ADA)
        self.assertIsNone(learner.get_user_with_cache(8, cache=BrokenRedis(), db=db))

    def test_db_errors_propagate(self):
        """an error from the database is not swallowed: it reaches the caller (a 500 is better than a wrong None)"""

        class DownDb:
            def find_user_by_id(self, user_id):
                raise RuntimeError("could not connect to server: Connection refused")

        with self.assertRaisesRegex(RuntimeError, "could not connect"):
            learner.get_user_with_cache(42, cache=FakeRedis(), db=DownDb())


if __name__ == "__main__":
    unittest.main()
