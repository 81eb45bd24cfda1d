import copy
import unittest

import learner


def make_profile():
    return {
        "id": 1,
        "name": "Ada",
        "address": {"city": "London", "zip": "N1"},
        "permissions": ["read"],
    }


class UpdateProfile(unittest.TestCase):
    def test_changes_the_name_in_a_new_dict(self):
        """update_profile(p, {"name": "Ada L."}) returns a new dict with the new name and leaves p untouched"""
        original = make_profile()
        updated = learner.update_profile(original, {"name": "Ada L."})
        self.assertIsNot(updated, original, msg="must return a new dict")
        self.assertEqual(updated, make_profile() | {"name": "Ada L."})
        self.assertEqual(original, make_profile())

    def test_adds_a_new_key(self):
        """update_profile(p, {"email": "ada@example.com"}) adds the key and keeps the others"""
        updated = learner.update_profile(make_profile(), {"email": "ada@example.com"})
        self.assertEqual(updated["email"], "ada@example.com")
        self.assertEqual(updated["name"], "Ada")

    def test_leaves_changes_untouched(self):
        """update_profile(p, changes) does not modify the changes dict either"""
        changes = {"name": "Grace"}
        learner.update_profile(make_profile(), changes)
        self.assertEqual(changes, {"name": "Grace"})


class UpdateAddress(unittest.TestCase):
    def test_merges_into_the_address(self):
        """update_address(p, {"city": "Paris"}) gives the address {"city": "Paris", "zip": "N1"}"""
        updated = learner.update_address(make_profile(), {"city": "Paris"})
        self.assertEqual(updated["address"], {"city": "Paris", "zip": "N1"})
        self.assertEqual(updated["name"], "Ada")

    def test_original_address_is_untouched(self):
        """after update_address(p, {"city": "Paris"}), p["address"] is still {"city": "London", "zip": "N1"} and the new address is a new dict"""
        original = make_profile()
        before = copy.deepcopy(original)
        updated = learner.update_address(original, {"city": "Paris"})
        self.assertIsNot(updated, original, msg="must return a new profile")
        self.assertIsNot(updated["address"], original["address"], msg="the address must be a new dict")
        self.assertEqual(original, before)


class Permissions(unittest.TestCase):
    def test_add_appends_in_a_new_list(self):
        """add_permission(p, "write") gives ["read", "write"] while p keeps ["read"]"""
        original = make_profile()
        updated = learner.add_permission(original, "write")
        self.assertEqual(updated["permissions"], ["read", "write"])
        self.assertIsNot(updated, original)
        self.assertEqual(original, make_profile())

    def test_add_does_not_duplicate(self):
        """add_permission(p, "read") keeps ["read"] (no duplicate) and still returns a new dict"""
        original = make_profile()
        updated = learner.add_permission(original, "read")
        self.assertEqual(updated["permissions"], ["read"])
        self.assertIsNot(updated, original)

    def test_remove_drops_every_occurrence(self):
        """remove_permission(p, "read") on ["read", "write", "read"] gives ["write"] and leaves p untouched"""
        original = make_profile() | {"permissions": ["read", "write", "read"]}
        before = copy.deepcopy(original)
        updated = learner.remove_permission(original, "read")
        self.assertEqual(updated["permissions"], ["write"])
        self.assertEqual(original, before)

    def test_remove_absent_permission(self):
        """remove_permission(p, "admin") when p has no "admin" returns an equal, new profile without an error"""
        original = make_profile()
        updated = learner.remove_permission(original, "admin")
        self.assertEqual(updated, make_profile())
        self.assertIsNot(updated, original)

    def test_new_profiles_do_not_share_the_permissions_list(self):
        """appending to add_permission(p, "write")["permissions"] afterwards does not change p["permissions"]"""
        original = make_profile()
        updated = learner.add_permission(original, "write")
        updated["permissions"].append("delete")
        self.assertEqual(original["permissions"], ["read"])
