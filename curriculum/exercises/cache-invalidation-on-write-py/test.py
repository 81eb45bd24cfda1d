import unittest

import learner


class Setup:
    """A fake Redis and a fake database sharing one log, so the order of calls can be checked."""

    def __init__(self, users=None) -> None:
        self.log: list[str] = []
        self.store: dict[str, str] = {}
        self.users = dict(users if users is not None else {1: {"id": 1, "name": "Ada"}})
        outer = self

        class Cache:
            def get(self, key):
                outer.log.append(f"cache.get {key}")
                return outer.store.get(key)

            def set(self, key, value, ex=None, **kwargs):
                outer.log.append(f"cache.set {key}")
                outer.store[key] = value
                return True

            def setex(self, key, seconds, value):
                return self.set(key, value, ex=seconds)

            def delete(self, *keys):
                outer.log.append(f"cache.delete {' '.join(map(str, keys))}")
                return sum(1 for k in keys if outer.store.pop(k, None) is not None)

        class Db:
            def find_user_by_id(self, user_id):
                outer.log.append(f"db.find {user_id}")
                user = outer.users.get(user_id)
                return dict(user) if user else None

            def update_user(self, user_id, changes):
                outer.log.append(f"db.update {user_id}")
                if user_id not in outer.users:
                    return None
                outer.users[user_id] = {**outer.users[user_id], **changes}
                return dict(outer.users[user_id])

            def delete_user(self, user_id):
                outer.log.append(f"db.delete {user_id}")
                return outer.users.pop(user_id, None) is not None

        self.cache, self.db = Cache(), Db()

    @property
    def deps(self):
        return {"cache": self.cache, "db": self.db}


class UpdateUser(unittest.TestCase):
    def test_fresh_after_update(self):
        """after update_user, get_user returns the new name instead of the stale cached copy"""
        s = Setup()
        learner.get_user(1, **s.deps)
        learner.update_user(1, {"name": "Ada Lovelace"}, **s.deps)
        self.assertEqual(learner.get_user(1, **s.deps), {"id": 1, "name": "Ada Lovelace"})

    def test_order(self):
        """update_user writes the database first, then deletes user:1 from the cache"""
        s = Setup()
        learner.get_user(1, **s.deps)
        s.log.clear()
        learner.update_user(1, {"name": "Ada L."}, **s.deps)
        self.assertIn("db.update 1", s.log, "db.update_user was not called")
        self.assertIn("cache.delete user:1", s.log, 'cache.delete("user:1") was not called')
        self.assertLess(s.log.index("db.update 1"), s.log.index("cache.delete user:1"), f"wrong order: {s.log}")

    def test_delete_not_set(self):
        """update_user deletes the key rather than writing the new value with cache.set"""
        s = Setup()
        learner.get_user(1, **s.deps)
        s.log.clear()
        learner.update_user(1, {"name": "Ada L."}, **s.deps)
        self.assertEqual([line for line in s.log if line.startswith("cache.set")], [])
        self.assertNotIn("user:1", s.store)

    def test_return_value(self):
        """update_user returns the updated user, or None when the user does not exist"""
        s = Setup()
        self.assertEqual(learner.update_user(1, {"name": "Ada L."}, **s.deps), {"id": 1, "name": "Ada L."})
        self.assertIsNone(learner.update_user(99, {"name": "Nobody"}, **s.deps))

    def test_db_error(self):
        """when the database update raises, the exception propagates and the cached copy is kept"""
        s = Setup()
        learner.get_user(1, **s.deps)

        def broken(user_id, changes):
            raise RuntimeError("deadlock detected")

        s.db.update_user = broken
        with self.assertRaisesRegex(RuntimeError, "deadlock detected"):
            learner.update_user(1, {"name": "X"}, **s.deps)
        self.assertIn("user:1", s.store, "the database did not change, so the cached row is still correct")

    def test_key_per_user(self):
        """only the updated user's key is deleted: user:2 stays cached"""
        s = Setup({1: {"id": 1, "name": "Ada"}, 2: {"id": 2, "name": "Grace"}})
        learner.get_user(1, **s.deps)
        learner.get_user(2, **s.deps)
        learner.update_user(1, {"name": "Ada L."}, **s.deps)
        self.assertEqual(sorted(s.store), ["user:2"])


class DeleteUser(unittest.TestCase):
    def test_delete(self):
        """delete_user removes the row, then the cache entry, so get_user then returns None; a second delete returns False"""
        s = Setup()
        learner.get_user(1, **s.deps)
        self.assertIs(learner.delete_user(1, **s.deps), True)
        self.assertIn("cache.delete user:1", s.log)
        self.assertLess(s.log.index("db.delete 1"), s.log.index("cache.delete user:1"), f"wrong order: {s.log}")
        self.assertIsNone(learner.get_user(1, **s.deps))
        self.assertIs(learner.delete_user(1, **s.deps), False)

    def test_delete_db_error(self):
        """when the database delete raises, the exception propagates and the cache is not touched"""
        s = Setup()
        learner.get_user(1, **s.deps)

        def broken(user_id):
            raise RuntimeError("foreign key violation")

        s.db.delete_user = broken
        with self.assertRaises(RuntimeError):
            learner.delete_user(1, **s.deps)
        self.assertIn("user:1", s.store)


if __name__ == "__main__":
    unittest.main()
