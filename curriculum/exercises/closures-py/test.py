import unittest

import learner


class Greeting(unittest.TestCase):
    def test_greeting(self):
        """create_greeting("Hello")("Developer") returns the text Hello, Developer!"""
        self.assertEqual(learner.create_greeting("Hello")("Developer"), "Hello, Developer!")

    def test_two_greetings(self):
        """two greeting functions keep their own greeting: "Hi, Ada!" and "Welcome, Ada!" for the same name"""
        hi = learner.create_greeting("Hi")
        welcome = learner.create_greeting("Welcome")
        self.assertEqual(hi("Ada"), "Hi, Ada!")
        self.assertEqual(welcome("Ada"), "Welcome, Ada!")


class Counter(unittest.TestCase):
    def test_default_counter(self):
        """create_counter() starts at 0 and counts up and down by 1: 1, 2, then 1"""
        c = learner.create_counter()
        self.assertEqual(c.value(), 0)
        self.assertEqual(c.increment(), 1)
        self.assertEqual(c.increment(), 2)
        self.assertEqual(c.decrement(), 1)
        self.assertEqual(c.value(), 1)

    def test_start_and_step(self):
        """create_counter(10, 5) steps by 5 (15, 20, then 15) and reset() returns to 10"""
        c = learner.create_counter(10, 5)
        self.assertEqual(c.increment(), 15)
        self.assertEqual(c.increment(), 20)
        self.assertEqual(c.decrement(), 15)
        self.assertEqual(c.reset(), 10)
        self.assertEqual(c.value(), 10)

    def test_independent_counters(self):
        """two counters are independent: after two increments of a, create_counter(100) still reads 100"""
        a = learner.create_counter()
        b = learner.create_counter(100)
        a.increment()
        a.increment()
        self.assertEqual(a.value(), 2)
        self.assertEqual(b.value(), 100)
        b.increment()
        self.assertEqual(a.value(), 2)

    def test_count_is_private(self):
        """the counter holds only its four functions (increment, decrement, value, reset): no count attribute"""
        c = learner.create_counter(3)
        self.assertEqual(sorted(vars(c)), ["decrement", "increment", "reset", "value"])
        for name in ["decrement", "increment", "reset", "value"]:
            self.assertTrue(callable(getattr(c, name)), msg=f"{name} must be a function")


class Multipliers(unittest.TestCase):
    def test_each_keeps_its_own_factor(self):
        """make_multipliers([2, 3, 10]) gives functions returning 10, 15 and 50 for 5 (not 50, 50, 50)"""
        functions = learner.make_multipliers([2, 3, 10])
        self.assertEqual([f(5) for f in functions], [10, 15, 50])

    def test_empty(self):
        """make_multipliers([]) returns an empty list"""
        self.assertEqual(list(learner.make_multipliers([])), [])


class Once(unittest.TestCase):
    def test_calls_only_the_first_time(self):
        """once(fn) calls fn only the first time and returns "connected to db://a" for every later call"""
        calls = []

        def connect(url):
            calls.append(url)
            return f"connected to {url}"

        connect_once = learner.once(connect)
        self.assertEqual(connect_once("db://a"), "connected to db://a")
        self.assertEqual(connect_once("db://b"), "connected to db://a")
        self.assertEqual(calls, ["db://a"])

    def test_passes_keyword_arguments(self):
        """once(fn)(1, scale=10) passes positional and keyword arguments on to fn and returns 10"""
        self.assertEqual(learner.once(lambda x, *, scale: x * scale)(1, scale=10), 10)

    def test_none_result_is_remembered(self):
        """once(fn) does not call fn again when its first result was None"""
        calls = []
        init = learner.once(lambda: calls.append("init"))
        self.assertIsNone(init())
        self.assertIsNone(init())
        self.assertEqual(calls, ["init"])

    def test_failed_first_call_is_retried(self):
        """when fn raises ConnectionError the first time, the next call tries again, and after a success fn is not called any more"""
        attempts = []

        def flaky():
            attempts.append(1)
            if len(attempts) == 1:
                raise ConnectionError("database not ready")
            return "ready"

        start = learner.once(flaky)
        with self.assertRaises(ConnectionError):
            start()
        self.assertEqual(start(), "ready")
        self.assertEqual(start(), "ready")
        self.assertEqual(len(attempts), 2)

    def test_keeps_name_and_docstring(self):
        """@once keeps the decorated function's __name__ ("connect") and __doc__ (functools.wraps)"""

        @learner.once
        def connect(url):
            """Open the database connection."""
            return url

        self.assertEqual(connect.__name__, "connect")
        self.assertEqual(connect.__doc__, "Open the database connection.")

    def test_independent_wrappers(self):
        """two functions wrapped with once remember their own results: 1 and 2"""
        first = learner.once(lambda: 1)
        second = learner.once(lambda: 2)
        self.assertEqual(first(), 1)
        self.assertEqual(second(), 2)
