import hashlib
import types
import unittest

import learner

HOUR = 3600


class Clock:
    def __init__(self, start=1_700_000_000.0):
        self.time = start

    def __call__(self):
        return self.time

    def advance(self, seconds):
        self.time += seconds


def reachable_values(root, limit=10_000):
    """Every str/bytes reachable from root through containers and object attributes."""
    seen, stack, found = set(), [root], []
    while stack and len(seen) < limit:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, (str, bytes)):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            stack.extend(value)
        elif isinstance(value, (types.ModuleType, types.FunctionType, type, types.MethodType)) or callable(value):
            continue
        else:
            if hasattr(value, "__dict__"):
                stack.extend(vars(value).values())
            for slot in getattr(type(value), "__slots__", ()):
                if hasattr(value, slot):
                    stack.append(getattr(value, slot))
    return found


class Rotation(unittest.TestCase):
    def assertRefused(self, store, token, reason):
        with self.assertRaises(learner.RefreshError, msg=f"rotate() accepted a token it should refuse as {reason!r}") as caught:
            store.rotate(token)
        self.assertEqual(caught.exception.reason, reason)

    def test_issue(self):
        """issue("user-1") returns a random url-safe token of at least 43 characters, different every time"""
        store = learner.RefreshTokenStore()
        first, second = store.issue("user-1"), store.issue("user-1")
        self.assertIsInstance(first, str)
        self.assertRegex(first, r"^[A-Za-z0-9_-]{43,}$")
        self.assertNotEqual(first, second)

    def test_rotate(self):
        """rotate(t1) returns ("user-1", t2) with a new, different token"""
        store = learner.RefreshTokenStore()
        t1 = store.issue("user-1")
        user_id, t2 = store.rotate(t1)
        self.assertEqual(user_id, "user-1")
        self.assertIsInstance(t2, str)
        self.assertRegex(t2, r"^[A-Za-z0-9_-]{43,}$")
        self.assertNotEqual(t2, t1)

    def test_chain(self):
        """each new token can be rotated in turn: t1 → t2 → t3 → t4"""
        store = learner.RefreshTokenStore()
        _, t2 = store.rotate(store.issue("u"))
        _, t3 = store.rotate(t2)
        self.assertEqual(store.rotate(t3)[0], "u")

    def test_reused(self):
        """rotating t1 a second time raises RefreshError with reason "reused\""""
        store = learner.RefreshTokenStore()
        t1 = store.issue("user-1")
        store.rotate(t1)
        self.assertRefused(store, t1, "reused")

    def test_reuse_revokes_family(self):
        """after t1 is replayed, the newest token of that family (t2) raises reason "revoked\""""
        store = learner.RefreshTokenStore()
        t1 = store.issue("user-1")
        _, t2 = store.rotate(t1)  # the legitimate client now holds t2
        self.assertRefused(store, t1, "reused")  # the thief replays t1
        self.assertRefused(store, t2, "revoked")

    def test_other_families_unaffected(self):
        """revoking the laptop's family leaves the same user's phone login (another family) working"""
        store = learner.RefreshTokenStore()
        laptop, phone = store.issue("user-1"), store.issue("user-1")
        store.rotate(laptop)
        self.assertRefused(store, laptop, "reused")
        self.assertEqual(store.rotate(phone)[0], "user-1")

    def test_invalid(self):
        """a token this store never issued raises reason "invalid\""""
        store = learner.RefreshTokenStore()
        store.issue("user-1")
        self.assertRefused(store, "not-a-token-we-issued", "invalid")
        self.assertRefused(store, "", "invalid")

    def test_expiry(self):
        """a token expires ttl seconds after it was issued (at exactly ttl it is refused); a rotated token gets a fresh ttl"""
        clock = Clock()
        store = learner.RefreshTokenStore(ttl=24 * HOUR, now=clock)
        t1 = store.issue("u")
        clock.advance(24 * HOUR - 1)
        _, t2 = store.rotate(t1)  # one second before expiry it still works
        clock.advance(24 * HOUR - 1)
        self.assertEqual(store.rotate(t2)[0], "u", "the new token counts its ttl from its own issue time")
        t3 = store.issue("u")
        clock.advance(24 * HOUR)
        self.assertRefused(store, t3, "expired")

    def test_order_of_checks(self):
        """reasons are checked in order: a replayed token that is also expired is "reused"; an expired token of a revoked family is "revoked\""""
        clock = Clock()
        store = learner.RefreshTokenStore(ttl=HOUR, now=clock)
        t1 = store.issue("u")
        _, t2 = store.rotate(t1)
        clock.advance(2 * HOUR)
        self.assertRefused(store, t1, "reused")
        self.assertRefused(store, t2, "revoked")

    def test_revoke(self):
        """revoke(t2) logs out: t2 then raises "revoked"; revoke("unknown-token") is ignored"""
        store = learner.RefreshTokenStore()
        _, t2 = store.rotate(store.issue("u"))
        store.revoke(t2)
        self.assertRefused(store, t2, "revoked")
        store.revoke("unknown-token")

    def test_only_hashes_stored(self):
        """the store keeps sha256(token).hexdigest(), never the token itself (a leaked table gives nothing to replay)"""
        store = learner.RefreshTokenStore()
        t1 = store.issue("user-1")
        _, t2 = store.rotate(t1)
        values = reachable_values(store) + reachable_values(
            {name: value for name, value in vars(learner).items() if not name.startswith("__")}
        )
        for token in (t1, t2):
            self.assertFalse(
                any(token in value if isinstance(value, str) else token.encode() in value for value in values),
                "a raw token is stored",
            )
            self.assertIn(hashlib.sha256(token.encode()).hexdigest(), values, "store the SHA-256 hex digest")


if __name__ == "__main__":
    unittest.main()
