import copy
import unittest

import learner


def sample_users():
    return [
        {"name": "Ada", "is_active": True},
        {"name": "Bob", "is_active": False},
        {"name": "   ", "is_active": True},
        {"name": " Cy ", "is_active": True},
        {"name": "Dee", "is_active": True},
    ]


def tracked(users, pulled):
    """A generator that records every user read from it, like a database cursor."""
    for user in users:
        pulled.append(user.get("name"))
        yield user


class ProcessUsers(unittest.TestCase):
    def test_names_and_skipped(self):
        """process_users(users) returns (["Ada", "Cy", "Dee"], 2): stripped names of active users and the number skipped"""
        self.assertEqual(tuple(learner.process_users(sample_users())), (["Ada", "Cy", "Dee"], 2))

    def test_result_is_a_list_and_an_int(self):
        """the names come back as a list (not a generator) and skipped as an int"""
        names, skipped = learner.process_users(sample_users())
        self.assertIsInstance(names, list)
        self.assertIs(type(skipped), int)

    def test_stops_after_max_count(self):
        """process_users(users, 2) stops after two names: (["Ada", "Cy"], 2)"""
        self.assertEqual(tuple(learner.process_users(sample_users(), 2)), (["Ada", "Cy"], 2))

    def test_users_after_the_stop_are_not_counted(self):
        """process_users(users, 1) is (["Ada"], 0): users after the stop are not counted as skipped"""
        self.assertEqual(tuple(learner.process_users(sample_users(), 1)), (["Ada"], 0))

    def test_zero_limit(self):
        """process_users(users, 0) processes nobody: ([], 0)"""
        self.assertEqual(tuple(learner.process_users(sample_users(), 0)), ([], 0))

    def test_empty(self):
        """process_users([]) returns ([], 0)"""
        self.assertEqual(tuple(learner.process_users([])), ([], 0))

    def test_only_true_is_active(self):
        """only is_active True counts: "true", 1 and a missing flag are skipped, so the result is (["D"], 3)"""
        users = [
            {"name": "A", "is_active": "true"},
            {"name": "B", "is_active": 1},
            {"name": "C"},
            {"name": "D", "is_active": True},
        ]
        self.assertEqual(tuple(learner.process_users(users)), (["D"], 3))

    def test_unusable_names(self):
        """users with a missing, None, 42 or whitespace-only name are skipped instead of crashing: (["Eve"], 4)"""
        users = [
            {"is_active": True},
            {"name": None, "is_active": True},
            {"name": 42, "is_active": True},
            {"name": "\t\n", "is_active": True},
            {"name": "Eve", "is_active": True},
        ]
        self.assertEqual(tuple(learner.process_users(users)), (["Eve"], 4))

    def test_does_not_modify_users(self):
        """process_users leaves the users list and every dict in it unchanged (names are not stripped in place)"""
        users = sample_users()
        before = copy.deepcopy(users)
        learner.process_users(users)
        learner.process_users(users, 1)
        self.assertEqual(users, before)

    def test_works_with_a_generator(self):
        """process_users accepts a generator, not only a list: (["Ada", "Cy", "Dee"], 2)"""
        pulled = []
        self.assertEqual(tuple(learner.process_users(tracked(sample_users(), pulled))), (["Ada", "Cy", "Dee"], 2))
        self.assertEqual(len(pulled), 5)

    def test_break_stops_reading(self):
        """process_users(generator, 2) reads exactly the first four users from the generator and no more"""
        pulled = []
        learner.process_users(tracked(sample_users(), pulled), 2)
        self.assertEqual(pulled, ["Ada", "Bob", "   ", " Cy "])

    def test_zero_limit_reads_nothing(self):
        """process_users(generator, 0) does not read a single user from the generator"""
        pulled = []
        learner.process_users(tracked(sample_users(), pulled), 0)
        self.assertEqual(pulled, [])
