import dataclasses
import unittest
from datetime import datetime, timezone

import learner

FIXED = datetime(2026, 1, 15, 9, 30, tzinfo=timezone.utc)


def new_store():
    return learner.UserStore(now=lambda: FIXED)


class Create(unittest.TestCase):
    def test_create_normalises(self):
        """create(" Ada ", " ADA@Example.com ") returns User(id=1, name="Ada", email="ada@example.com", created_at=<the clock's time>)"""
        user = new_store().create(" Ada ", " ADA@Example.com ")
        self.assertEqual(user, learner.User(id=1, name="Ada", email="ada@example.com", created_at=FIXED))

    def test_user_is_frozen(self):
        """User is a frozen dataclass: user.name = "Hacked" raises dataclasses.FrozenInstanceError"""
        user = new_store().create("Ada", "ada@example.com")
        self.assertTrue(dataclasses.is_dataclass(user))
        with self.assertRaises(dataclasses.FrozenInstanceError):
            user.name = "Hacked"

    def test_all_users_in_order(self):
        """all_users() returns every user in creation order: [(1, "Ada"), (2, "Bo")]"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        store.create("Bo", "bo@example.com")
        self.assertEqual([(u.id, u.name) for u in store.all_users()], [(1, "Ada"), (2, "Bo")])

    def test_name_required(self):
        """create rejects a blank or missing name ("   ", "", None) with the ValueError Name is required"""
        store = new_store()
        for name in ["   ", "", None]:
            with self.assertRaises(ValueError, msg=f"for {name!r}") as caught:
                store.create(name, "a@b.co")
            self.assertEqual(str(caught.exception), "Name is required", msg=f"for {name!r}")

    def test_invalid_emails(self):
        """create rejects "not-an-email", "a@b", "a b@c.io", "ada@example.com extra" and None with ValueError Invalid email: <value>"""
        store = new_store()
        for email in ["not-an-email", "a@b", "a b@c.io", "ada@example.com extra", "a@@b.io", None]:
            with self.assertRaisesRegex(ValueError, r"^Invalid email: ", msg=f"for {email!r}"):
                store.create("X", email)
        with self.assertRaisesRegex(ValueError, "'a@b'"):
            store.create("X", "a@b")
        self.assertEqual(store.all_users(), [])

    def test_duplicate_email(self):
        """create rejects a duplicate email in any case ("ADA@example.com") with ValueError Email already exists: <email>"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        with self.assertRaisesRegex(ValueError, r"^Email already exists: ada@example\.com"):
            store.create("Other", "ADA@example.com")
        self.assertEqual(len(store.all_users()), 1)


class GetRemove(unittest.TestCase):
    def test_get_and_remove(self):
        """get(1) returns the user and get(99) None; remove(1) is True once, then False, and get(1) is None"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        self.assertEqual(store.get(1).name, "Ada")
        self.assertIsNone(store.get(99))
        self.assertIs(store.remove(1), True)
        self.assertIs(store.remove(1), False)
        self.assertIsNone(store.get(1))
        self.assertEqual(store.all_users(), [])

    def test_ids_never_reused(self):
        """ids are never reused after a delete, and a failed create does not use up an id: the third user gets id 3"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        store.create("Bo", "bo@example.com")
        store.remove(2)
        with self.assertRaises(ValueError):
            store.create("", "x@y.io")
        with self.assertRaises(ValueError):
            store.create("Zed", "ada@example.com")
        self.assertEqual(store.create("Cy", "cy@example.com").id, 3)

    def test_all_users_is_a_new_list(self):
        """clearing or appending to the list from all_users() does not change the store"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        store.all_users().clear()
        store.all_users().append("junk")
        self.assertEqual([u.name for u in store.all_users()], ["Ada"])

    def test_stores_are_independent(self):
        """two stores do not share users: a new store is empty and its first user gets id 1"""
        a = new_store()
        b = new_store()
        a.create("Ada", "ada@example.com")
        self.assertEqual(b.all_users(), [])
        self.assertEqual(b.create("Ada", "ada@example.com").id, 1)

    def test_default_clock_is_current_utc(self):
        """without a clock, created_at is the current time in UTC (timezone-aware), read at each create"""
        before = datetime.now(timezone.utc)
        user = learner.UserStore().create("Ada", "ada@example.com")
        after = datetime.now(timezone.utc)
        self.assertIsNotNone(user.created_at.tzinfo, msg="created_at must carry a time zone")
        self.assertEqual(user.created_at.utcoffset().total_seconds(), 0)
        self.assertTrue(before <= user.created_at <= after, msg=f"{user.created_at} is not the current time")


class Update(unittest.TestCase):
    def test_update_fields(self):
        """update(1, email=" ADA@New.com ") returns a new User with the normalised email and the same id, name and created_at"""
        store = new_store()
        original = store.create("Ada", "ada@example.com")
        updated = store.update(1, email=" ADA@New.com ")
        self.assertEqual(updated, learner.User(id=1, name="Ada", email="ada@new.com", created_at=FIXED))
        self.assertEqual(store.get(1), updated)
        self.assertEqual(original.email, "ada@example.com", msg="the old User object must not change")
        self.assertEqual(store.update(1, name=" Ada L. ").name, "Ada L.")

    def test_update_unknown_id(self):
        """update(42, name="X") on a store without user 42 raises KeyError mentioning 42"""
        with self.assertRaisesRegex(KeyError, "42"):
            new_store().update(42, name="X")

    def test_update_validates(self):
        """update rejects another user's email and a blank name with ValueError; a user may keep its own email in another case"""
        store = new_store()
        store.create("Ada", "ada@example.com")
        store.create("Bo", "bo@example.com")
        with self.assertRaisesRegex(ValueError, r"^Email already exists: "):
            store.update(2, email="ADA@example.com")
        with self.assertRaisesRegex(ValueError, r"^Name is required"):
            store.update(2, name="  ")
        self.assertEqual(store.update(1, email="Ada@Example.com").email, "ada@example.com")
        self.assertEqual(store.get(2), learner.User(id=2, name="Bo", email="bo@example.com", created_at=FIXED))
