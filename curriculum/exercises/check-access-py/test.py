import unittest

import learner


class CheckAccess(unittest.TestCase):
    def test_admin(self):
        """an admin ({"is_admin": True, "is_active": True, "permissions": []}) gets "full" access"""
        self.assertEqual(learner.check_access({"is_admin": True, "is_active": True, "permissions": []}), "full")

    def test_read(self):
        """a user with the "read" permission gets "read" access"""
        self.assertEqual(learner.check_access({"is_admin": False, "permissions": ["read"]}), "read")

    def test_write(self):
        """a user with "write" (with or without "read") gets "write" access"""
        self.assertEqual(learner.check_access({"is_admin": False, "permissions": ["read", "write"]}), "write")
        self.assertEqual(learner.check_access({"is_admin": False, "permissions": ["write"]}), "write")

    def test_tuples_and_sets_count(self):
        """permissions given as a tuple ("read",) or a set {"write"} work like a list"""
        self.assertEqual(learner.check_access({"permissions": ("read",)}), "read")
        self.assertEqual(learner.check_access({"permissions": {"write", "read"}}), "write")

    def test_no_matching_permission(self):
        """a user whose permissions are ["delete"] or [] is denied: no permission matches"""
        self.assertEqual(learner.check_access({"is_admin": False, "permissions": ["delete"]}), "denied")
        self.assertEqual(learner.check_access({"is_admin": False, "permissions": []}), "denied")

    def test_missing_keys_do_not_crash(self):
        """check_access({"name": "Sam"}) and a user with permissions None are "denied" instead of raising KeyError or TypeError"""
        self.assertEqual(learner.check_access({"name": "Sam"}), "denied")
        self.assertEqual(learner.check_access({"name": "Sam", "permissions": None}), "denied")
        self.assertEqual(learner.check_access({}), "denied")

    def test_string_permissions_are_not_substring_matched(self):
        """permissions given as the string "rewrite" or "read-only" are "denied": "write" in "rewrite" is a substring test"""
        self.assertEqual(learner.check_access({"permissions": "rewrite"}), "denied")
        self.assertEqual(learner.check_access({"permissions": "read-only"}), "denied")
        self.assertEqual(learner.check_access({"permissions": "read"}), "denied")

    def test_string_admin_flags(self):
        """is_admin given as the string "false" or "true" does not grant full access"""
        self.assertEqual(learner.check_access({"is_admin": "false", "permissions": []}), "denied")
        self.assertEqual(learner.check_access({"is_admin": "true", "permissions": ["read"]}), "read")

    def test_int_admin_flag(self):
        """is_admin given as the int 1 does not grant full access, although 1 == True in Python"""
        self.assertEqual(learner.check_access({"is_admin": 1, "permissions": ["read"]}), "read")
        self.assertEqual(learner.check_access({"is_admin": 1}), "denied")

    def test_disabled_account(self):
        """a disabled account (is_active False) is "denied", even for an admin"""
        self.assertEqual(learner.check_access({"is_admin": True, "is_active": False, "permissions": ["read"]}), "denied")
        self.assertEqual(learner.check_access({"is_active": False, "permissions": ["write"]}), "denied")

    def test_missing_is_active_counts_as_active(self):
        """a user without an is_active key counts as active: {"is_admin": True} gets "full" access"""
        self.assertEqual(learner.check_access({"is_admin": True}), "full")
        self.assertEqual(learner.check_access({"is_active": True, "permissions": ["read"]}), "read")

    def test_no_user(self):
        """check_access(None) is denied: no user, no access"""
        self.assertEqual(learner.check_access(None), "denied")
