import math
import unittest
from collections import Counter, OrderedDict, defaultdict
from datetime import date
from decimal import Decimal

import learner


def named_function():
    return 1


class DescribeType(unittest.TestCase):
    def test_is_a_function(self):
        """describe_type exists and can be called with one value"""
        self.assertTrue(callable(learner.describe_type))

    def test_strings(self):
        """describe_type("hello"), ("") and ("42") all return "str" for text"""
        for value in ["hello", "", "42"]:
            self.assertEqual(learner.describe_type(value), "str", msg=f"for {value!r}")

    def test_ints(self):
        """describe_type(42), (-7), (0) and (2 ** 64) return "int" (Python ints have no size limit)"""
        for value in [42, -7, 0, 2**64]:
            self.assertEqual(learner.describe_type(value), "int", msg=f"for {value!r}")

    def test_bools_are_not_ints(self):
        """describe_type(True) and describe_type(False) return "bool", although isinstance(True, int) is True"""
        self.assertEqual(learner.describe_type(True), "bool")
        self.assertEqual(learner.describe_type(False), "bool")

    def test_floats(self):
        """describe_type(3.5), (-0.25), (0.0) and (float("inf")) return "float" (infinity is still a float)"""
        for value in [3.5, -0.25, 0.0, float("inf"), float("-inf")]:
            self.assertEqual(learner.describe_type(value), "float", msg=f"for {value!r}")

    def test_nan(self):
        """describe_type(float("nan")) and describe_type(math.nan) return "nan" (NaN == NaN is False)"""
        for value in [float("nan"), math.nan, float(" NaN "), float("inf") - float("inf")]:
            self.assertEqual(learner.describe_type(value), "nan", msg=f"for {value!r}")

    def test_none(self):
        """describe_type(None) returns "none" (type(None).__name__ would say NoneType)"""
        self.assertEqual(learner.describe_type(None), "none")

    def test_lists_and_tuples(self):
        """describe_type([1, 2]) and ([]) are "list", while describe_type((1, 2)) and (()) are "tuple" (two different sequence types)"""
        self.assertEqual(learner.describe_type([1, 2]), "list")
        self.assertEqual(learner.describe_type([]), "list")
        self.assertEqual(learner.describe_type((1, 2)), "tuple")
        self.assertEqual(learner.describe_type(()), "tuple")

    def test_dicts_including_subclasses(self):
        """describe_type returns "dict" for {"a": 1}, {}, defaultdict(list), Counter("aab") and OrderedDict()"""
        for value in [{"a": 1}, {}, defaultdict(list), Counter("aab"), OrderedDict()]:
            self.assertEqual(learner.describe_type(value), "dict", msg=f"for {value!r}")

    def test_sets(self):
        """describe_type({1, 2}), (set()) and (frozenset()) all return "set" (frozen or not)"""
        for value in [{1, 2}, set(), frozenset({"read"})]:
            self.assertEqual(learner.describe_type(value), "set", msg=f"for {value!r}")

    def test_functions(self):
        """describe_type returns "function" for a lambda, a def function and the built-in len"""
        for value in [lambda: 1, named_function, len, str.upper]:
            self.assertEqual(learner.describe_type(value), "function", msg=f"for {value!r}")

    def test_anything_else_uses_the_type_name(self):
        """any other value gives its type name: date(2026, 1, 1) is "date", b"x" is "bytes", Decimal("1.5") is "Decimal" (via type(value).__name__)"""
        self.assertEqual(learner.describe_type(date(2026, 1, 1)), "date")
        self.assertEqual(learner.describe_type(b"x"), "bytes")
        self.assertEqual(learner.describe_type(Decimal("1.5")), "Decimal")
