import unittest

import learner


class FakeRedis:
    """In-memory Redis with INCR / EXPIRE / TTL semantics (whole seconds) and a clock the test moves."""

    def __init__(self) -> None:
        self.now = 0
        self.data: dict[str, dict] = {}  # key -> {"value": int, "expires_at": int | None}
        self.calls: list[tuple] = []

    def advance(self, seconds: int) -> None:
        self.now += seconds

    def _live(self, key):
        entry = self.data.get(key)
        if entry and entry["expires_at"] is not None and entry["expires_at"] <= self.now:
            del self.data[key]
            return None
        return entry

    def incr(self, key, amount=1):
        self.calls.append(("incr", key))
        entry = self._live(key) or {"value": 0, "expires_at": None}
        entry["value"] += amount
        self.data[key] = entry
        return entry["value"]

    def expire(self, key, seconds, nx=False, **kwargs):
        self.calls.append(("expire", key, seconds))
        entry = self._live(key)
        if entry is None or (nx and entry["expires_at"] is not None):
            return False
        entry["expires_at"] = self.now + seconds
        return True

    def ttl(self, key):
        self.calls.append(("ttl", key))
        entry = self._live(key)
        if entry is None:
            return -2
        return -1 if entry["expires_at"] is None else entry["expires_at"] - self.now

    def get(self, key):
        entry = self._live(key)
        return None if entry is None else str(entry["value"])


def triple(d):
    return (d.allowed, d.remaining, d.retry_after)


class FixedWindow(unittest.TestCase):
    def test_counts_down(self):
        """the first `limit` hits are allowed and remaining counts down 2, 1, 0 (limit 3)"""
        l = learner.RedisRateLimiter(FakeRedis(), limit=3, window=60)
        self.assertEqual([triple(l.hit("1.2.3.4")) for _ in range(3)], [(True, 2, 0), (True, 1, 0), (True, 0, 0)])

    def test_incr_then_expire(self):
        """the counter lives under ratelimit:<key>: the first hit is INCR ratelimit:1.2.3.4 then EXPIRE ratelimit:1.2.3.4 60"""
        redis = FakeRedis()
        learner.RedisRateLimiter(redis, limit=3, window=60).hit("1.2.3.4")
        writes = [c for c in redis.calls if c[0] != "ttl"][:2]
        self.assertEqual(writes, [("incr", "ratelimit:1.2.3.4"), ("expire", "ratelimit:1.2.3.4", 60)])
        self.assertEqual(redis.ttl("ratelimit:1.2.3.4"), 60)

    def test_refused(self):
        """the hit after the limit is refused with remaining 0 and retry_after from the key's TTL (45 s after 15 s)"""
        redis = FakeRedis()
        l = learner.RedisRateLimiter(redis, limit=2, window=60)
        l.hit("ip")
        l.hit("ip")
        redis.advance(15)
        self.assertEqual(triple(l.hit("ip")), (False, 0, 45))

    def test_window_resets(self):
        """the window resets when the key expires: limit 1, refused, then allowed again 60 s later"""
        redis = FakeRedis()
        l = learner.RedisRateLimiter(redis, limit=1, window=60)
        self.assertTrue(l.hit("ip").allowed)
        self.assertFalse(l.hit("ip").allowed)
        redis.advance(60)
        self.assertEqual(triple(l.hit("ip")), (True, 0, 0))

    def test_expire_only_first_hit(self):
        """EXPIRE starts the window only on the first hit: hits at t=0, 30, 50, 55 do not push it past t=60"""
        redis = FakeRedis()
        l = learner.RedisRateLimiter(redis, limit=3, window=60)
        for wait in (0, 30, 20, 5):
            redis.advance(wait)
            l.hit("ip")
        redis.advance(5)  # t = 60: the window opened at t = 0 is over
        self.assertTrue(l.hit("ip").allowed, "the window was pushed forward by later hits")

    def test_hammering(self):
        """a client refused 100 times in a row is let back in when the first window ends"""
        redis = FakeRedis()
        l = learner.RedisRateLimiter(redis, limit=5, window=10)
        for _ in range(5):
            l.hit("ip")
        for second in range(10):  # t = 0 .. 9: eleven refused hits every second
            for _ in range(11):
                self.assertFalse(l.hit("ip").allowed, msg=f"t={second}")
            redis.advance(1)
        # t = 10: the window opened at t = 0 is over
        self.assertEqual(triple(l.hit("ip")), (True, 4, 0))

    def test_keys_independent(self):
        """different keys have independent counters: alice refused, bob allowed"""
        l = learner.RedisRateLimiter(FakeRedis(), limit=1, window=60)
        l.hit("alice")
        self.assertFalse(l.hit("alice").allowed)
        self.assertTrue(l.hit("bob").allowed)

    def test_lost_ttl_repaired(self):
        """a counter that lost its TTL (crash between INCR and EXPIRE) is repaired: retry_after 60, allowed again after 60 s"""
        redis = FakeRedis()
        redis.data["ratelimit:ip"] = {"value": 10, "expires_at": None}
        l = learner.RedisRateLimiter(redis, limit=3, window=60)
        self.assertEqual(triple(l.hit("ip")), (False, 0, 60))
        redis.advance(60)
        self.assertTrue(l.hit("ip").allowed)

    def test_limit_boundary(self):
        """exactly `limit` hits are allowed, the next one is not (limit 2: allowed, allowed, refused)"""
        l = learner.RedisRateLimiter(FakeRedis(), limit=2, window=60)
        self.assertEqual([l.hit("ip").allowed for _ in range(3)], [True, True, False])


if __name__ == "__main__":
    unittest.main()
