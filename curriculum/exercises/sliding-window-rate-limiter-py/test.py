import unittest

import learner


class FakeClock:
    """A clock the test moves by hand: no sleeping."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def as_tuple(d):
    return (d.allowed, d.remaining, round(d.retry_after, 6))


class SlidingWindow(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()

    def limiter(self, limit=3, window=1.0):
        return learner.RateLimiter(limit, window, clock=self.clock)

    def hit_at(self, limiter, t, key="ip"):
        self.clock.now = t
        return limiter.hit(key)

    def test_counts_down(self):
        """the first hits are allowed and remaining counts down 2, 1, 0 (limit 3, at t=0.0, 0.5, 0.9)"""
        l = self.limiter()
        results = [as_tuple(self.hit_at(l, t)) for t in (0.0, 0.5, 0.9)]
        self.assertEqual(results, [(True, 2, 0.0), (True, 1, 0.0), (True, 0, 0.0)])

    def test_refused(self):
        """the hit after the limit is refused: Decision(allowed=False, remaining=0, retry_after=0.05) at t=0.95"""
        l = self.limiter()
        for t in (0.0, 0.5, 0.9):
            self.hit_at(l, t)
        d = self.hit_at(l, 0.95)
        self.assertFalse(d.allowed)
        self.assertEqual(d.remaining, 0)
        self.assertAlmostEqual(d.retry_after, 0.05, places=6)

    def test_slides(self):
        """the window slides: when the oldest hit expires (t=1.0) exactly one more hit is allowed, and t=1.001 waits 0.499 s"""
        l = self.limiter()
        for t in (0.0, 0.5, 0.9):
            self.hit_at(l, t)
        self.assertTrue(self.hit_at(l, 1.0).allowed, "a hit exactly `window` old no longer counts")
        d = self.hit_at(l, 1.001)
        self.assertFalse(d.allowed, "a fixed window would allow a new burst here; a sliding one must not")
        self.assertAlmostEqual(d.retry_after, 0.499, places=6, msg="the next slot opens when the hit from t=0.5 leaves")

    def test_hit_just_inside_window_counts(self):
        """a hit 0.999 s old (window 1 s) still counts: limit 1, hits at t=0 and t=0.999 → the second is refused"""
        l = self.limiter(limit=1)
        self.assertTrue(self.hit_at(l, 0.0).allowed)
        d = self.hit_at(l, 0.999)
        self.assertFalse(d.allowed)
        self.assertAlmostEqual(d.retry_after, 0.001, places=6)

    def test_refused_not_recorded(self):
        """refused hits are not recorded: hammering every 0.1 s does not push back the hit at t=1.0 (limit 2)"""
        l = self.limiter(limit=2)
        self.hit_at(l, 0.0)
        self.hit_at(l, 0.0)
        for i in range(1, 10):
            self.assertFalse(self.hit_at(l, i / 10).allowed, msg=f"t={i / 10}")
        self.assertTrue(self.hit_at(l, 1.0).allowed)

    def test_keys_independent(self):
        """keys are independent: alice at her limit does not affect bob (limit 1)"""
        l = self.limiter(limit=1)
        self.assertTrue(l.hit("alice").allowed)
        self.assertFalse(l.hit("alice").allowed)
        self.assertEqual(as_tuple(l.hit("bob")), (True, 0, 0.0))

    def test_quiet_period(self):
        """after a quiet period of one full window (60 s) the whole limit is available again: remaining 2 of 3"""
        self.clock.now = 1_700_000_000.0
        l = self.limiter(limit=3, window=60)
        for _ in range(3):
            l.hit("ip")
        self.assertFalse(l.hit("ip").allowed)
        self.clock.now += 60
        self.assertEqual(as_tuple(l.hit("ip")), (True, 2, 0.0))

    def test_uses_injected_clock(self):
        """the limiter reads time only from the injected clock (a clock stuck at 0 keeps refusing)"""
        l = self.limiter(limit=1, window=0.05)
        self.clock.now = 0.0
        l.hit("ip")
        import time
        time.sleep(0.06)
        self.assertFalse(l.hit("ip").allowed, "the limiter used the real clock instead of clock=")

    def test_decision_fields(self):
        """hit returns an object with the fields allowed, remaining and retry_after (Decision)"""
        d = self.limiter().hit("ip")
        self.assertIs(d.allowed, True)
        self.assertIsInstance(d.remaining, int)
        self.assertEqual(d.retry_after, 0.0)

    def test_validation(self):
        """RateLimiter raises ValueError for a limit that is not an int >= 1 (0, -1, 1.5, True) or a window <= 0"""
        for limit in (0, -1, 1.5, True, "3"):
            with self.assertRaises(ValueError, msg=f"limit={limit!r}"):
                learner.RateLimiter(limit, 1.0, clock=self.clock)
        for window in (0, -1):
            with self.assertRaises(ValueError, msg=f"window={window!r}"):
                learner.RateLimiter(3, window, clock=self.clock)


if __name__ == "__main__":
    unittest.main()
