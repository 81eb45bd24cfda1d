import unittest

import learner


def double(n):
    return n * 2


def add_one(n):
    return n + 1


class Pipe(unittest.TestCase):
    def test_left_to_right(self):
        """pipe(double, add_one)(5) is 11: double first, then add one"""
        self.assertEqual(learner.pipe(double, add_one)(5), 11)

    def test_string_steps(self):
        """pipe(str.strip, str.lower, replace spaces) turns "  Hello World " into "hello-world" in three steps"""
        slug = learner.pipe(str.strip, str.lower, lambda s: s.replace(" ", "-"))
        self.assertEqual(slug("  Hello World "), "hello-world")

    def test_many_functions(self):
        """pipe(*[add_one] * 10)(0) is 10: every function runs, not only the first"""
        self.assertEqual(learner.pipe(*[add_one] * 10)(0), 10)

    def test_compose_right_to_left(self):
        """compose(add_one, double)(5) is 11 and compose(double, add_one)(5) is 12"""
        self.assertEqual(learner.compose(add_one, double)(5), 11)
        self.assertEqual(learner.compose(double, add_one)(5), 12)

    def test_no_functions(self):
        """pipe()(7) is 7 and compose()("x") is "x": no functions return the input unchanged"""
        self.assertEqual(learner.pipe()(7), 7)
        self.assertEqual(learner.compose()("x"), "x")


class Memoize(unittest.TestCase):
    def test_runs_once_per_argument(self):
        """a memoized square runs once per argument: square(9), square(9), square(3) make 2 calls"""
        calls = []

        def square(n):
            calls.append(n)
            return n * n

        fast = learner.memoize(square)
        self.assertEqual(fast(9), 81)
        self.assertEqual(fast(9), 81)
        self.assertEqual(fast(3), 9)
        self.assertEqual(calls, [9, 3])

    def test_none_is_remembered(self):
        """memoize remembers a None result instead of calling fn again"""
        calls = []

        def lookup(key):
            calls.append(key)
            return None

        cached = learner.memoize(lookup)
        self.assertIsNone(cached("missing"))
        self.assertIsNone(cached("missing"))
        self.assertEqual(calls, ["missing"])

    def test_types_are_kept_apart(self):
        """memoize treats 1, 1.0, True and "1" as four different arguments (1 == 1.0 == True in a dict)"""
        describe = learner.memoize(lambda x: type(x).__name__)
        self.assertEqual(describe(1), "int")
        self.assertEqual(describe(1.0), "float")
        self.assertEqual(describe(True), "bool")
        self.assertEqual(describe("1"), "str")

    def test_keyword_arguments(self):
        """memoize passes keyword arguments on and tells power(2, exp=3) from power(2, exp=2)"""
        calls = []

        def power(base, *, exp):
            calls.append((base, exp))
            return base**exp

        cached = learner.memoize(power)
        self.assertEqual(cached(2, exp=3), 8)
        self.assertEqual(cached(2, exp=3), 8)
        self.assertEqual(cached(2, exp=2), 4)
        self.assertEqual(calls, [(2, 3), (2, 2)])

    def test_several_positional_arguments(self):
        """memoize handles several positional arguments: add(1, 2) and add(2, 1) are two different calls"""
        calls = []

        def add(a, b):
            calls.append((a, b))
            return a + b

        cached = learner.memoize(add)
        self.assertEqual(cached(1, 2), 3)
        self.assertEqual(cached(2, 1), 3)
        self.assertEqual(cached(1, 2), 3)
        self.assertEqual(len(calls), 2)

    def test_decorator_keeps_name_and_docstring(self):
        """@memoize keeps the function's __name__ ("square") and __doc__"""

        @learner.memoize
        def square(n):
            """Expensive square."""
            return n * n

        self.assertEqual(square(4), 16)
        self.assertEqual(square.__name__, "square")
        self.assertEqual(square.__doc__, "Expensive square.")

    def test_separate_memories(self):
        """two memoized functions do not share their memory: a(1) is 2 and b(1) is 101"""
        a = learner.memoize(lambda n: n + 1)
        b = learner.memoize(lambda n: n + 100)
        self.assertEqual(a(1), 2)
        self.assertEqual(b(1), 101)

    def test_unhashable_argument(self):
        """a memoized function called with a list raises TypeError (a list cannot be a dict key)"""
        total = learner.memoize(sum)
        with self.assertRaises(TypeError):
            total([1, 2, 3])
