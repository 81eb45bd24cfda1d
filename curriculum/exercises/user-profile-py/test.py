import unittest

import learner


class Constants(unittest.TestCase):
    def test_constants(self):
        """DEFAULT_ROLE is "member", DEFAULT_PERMISSIONS holds only "read" and ADULT_AGE is the int 18"""
        self.assertEqual(learner.DEFAULT_ROLE, "member")
        self.assertEqual(list(learner.DEFAULT_PERMISSIONS), ["read"])
        self.assertIs(type(learner.ADULT_AGE), int)
        self.assertEqual(learner.ADULT_AGE, 18)

    def test_default_permissions_is_a_tuple(self):
        """DEFAULT_PERMISSIONS is the tuple ("read",), so nobody can append to the shared default"""
        self.assertIsInstance(learner.DEFAULT_PERMISSIONS, tuple)


class CreateUserProfile(unittest.TestCase):
    def test_complete_profile(self):
        """create_user_profile(1, "  Ada ", 36, ["read", "write"]) returns the complete profile dict with exactly seven keys"""
        self.assertEqual(
            learner.create_user_profile(1, "  Ada ", 36, ["read", "write"]),
            {
                "id": 1,
                "name": "Ada",
                "age": 36,
                "is_adult": True,
                "is_active": True,
                "role": "member",
                "permissions": ["read", "write"],
            },
        )

    def test_name_strips_all_whitespace(self):
        """the name loses tabs and newlines too: "\\tGrace Hopper\\n" becomes "Grace Hopper" as well"""
        self.assertEqual(learner.create_user_profile(2, "\tGrace Hopper\n", 40, [])["name"], "Grace Hopper")

    def test_is_adult_boundary(self):
        """is_adult is True at exactly 18 and False at 17, and it is a real bool"""
        self.assertIs(learner.create_user_profile(2, "Sam", 18, [])["is_adult"], True)
        self.assertIs(learner.create_user_profile(3, "Kim", 17, [])["is_adult"], False)

    def test_default_permissions(self):
        """permissions default to the list ["read"] when the argument is omitted or None"""
        for profile in [learner.create_user_profile(4, "Lee", 30), learner.create_user_profile(4, "Lee", 30, None)]:
            self.assertEqual(profile["permissions"], ["read"])
            self.assertIs(type(profile["permissions"]), list)

    def test_empty_list_is_kept(self):
        """create_user_profile(5, "Ola", 30, [])["permissions"] is [] (an empty list is falsy, but it is not None)"""
        self.assertEqual(learner.create_user_profile(5, "Ola", 30, [])["permissions"], [])

    def test_tuple_permissions_become_a_list(self):
        """permissions given as the tuple ("read", "write") are stored as the list ["read", "write"]"""
        profile = learner.create_user_profile(6, "Ian", 30, ("read", "write"))
        self.assertEqual(profile["permissions"], ["read", "write"])
        self.assertIs(type(profile["permissions"]), list)

    def test_copies_the_callers_list(self):
        """the profile keeps a copy of the caller's permissions list: appending to the caller's list later changes nothing"""
        given = ["read"]
        profile = learner.create_user_profile(7, "Noor", 25, given)
        self.assertIsNot(profile["permissions"], given, msg="profile['permissions'] must be a new list")
        given.append("delete")
        self.assertEqual(profile["permissions"], ["read"])

    def test_default_lists_are_not_shared(self):
        """two profiles with default permissions do not share a list, and DEFAULT_PERMISSIONS never changes"""
        a = learner.create_user_profile(8, "A", 20)
        b = learner.create_user_profile(9, "B", 20)
        self.assertIsNot(a["permissions"], b["permissions"])
        a["permissions"].append("write")
        self.assertEqual(b["permissions"], ["read"])
        self.assertEqual(list(learner.DEFAULT_PERMISSIONS), ["read"], msg="DEFAULT_PERMISSIONS must not change")

    def test_age_text_is_rejected(self):
        """create_user_profile(10, "Lee", "36") raises a TypeError that shows the bad value '36'"""
        with self.assertRaisesRegex(TypeError, "'36'"):
            learner.create_user_profile(10, "Lee", "36")
        with self.assertRaises(TypeError):
            learner.create_user_profile(10, "Lee", 36.0)

    def test_bool_age_is_rejected(self):
        """create_user_profile(11, "Bo", True) raises a TypeError: True is an int subclass, not an age"""
        with self.assertRaisesRegex(TypeError, "True"):
            learner.create_user_profile(11, "Bo", True)
