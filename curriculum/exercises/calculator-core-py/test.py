import math
import unittest

import learner


class Calculate(unittest.TestCase):
    def test_basic_operators(self):
        """calculate handles + - * and /: 2 + 3 is 5, 2 - 3 is -1, 4 * 2.5 is 10.0 and 6 / 4 is 1.5"""
        self.assertEqual(learner.calculate(2, "+", 3), 5)
        self.assertEqual(learner.calculate(2, "-", 3), -1)
        self.assertEqual(learner.calculate(4, "*", 2.5), 10.0)
        self.assertEqual(learner.calculate(6, "/", 4), 1.5)

    def test_remainder_power_and_floor_division(self):
        """calculate(7, "%", 3) is 1, calculate(2, "**", 10) is 1024 and calculate(7, "//", 2) is 3"""
        self.assertEqual(learner.calculate(7, "%", 3), 1)
        self.assertEqual(learner.calculate(2, "**", 10), 1024)
        self.assertEqual(learner.calculate(7, "//", 2), 3)

    def test_negative_floor_division_and_remainder(self):
        """with negatives Python floors: calculate(-7, "//", 2) is -4 and calculate(-7, "%", 3) is 2"""
        self.assertEqual(learner.calculate(-7, "//", 2), -4)
        self.assertEqual(learner.calculate(-7, "%", 3), 2)
        self.assertEqual(learner.calculate(7, "%", -3), -2)

    def test_division_by_zero(self):
        """calculate(1, "/", 0), (1, "//", 0) and (5, "%", 0.0) raise ZeroDivisionError with the message Cannot divide by zero"""
        for op, b in [("/", 0), ("//", 0), ("%", 0), ("%", 0.0), ("/", 0.0)]:
            with self.assertRaises(ZeroDivisionError, msg=f"for {op} {b!r}") as caught:
                learner.calculate(5, op, b)
            self.assertEqual(str(caught.exception), "Cannot divide by zero", msg=f"for {op} {b!r}")

    def test_zero_dividend_is_fine(self):
        """calculate(0, "/", 5) is 0.0: only a zero divisor is an error"""
        self.assertEqual(learner.calculate(0, "/", 5), 0)

    def test_unknown_operator(self):
        """calculate(1, "&", 2) raises ValueError "Unknown operator: &", and "^" is unknown too (it is XOR, not power)"""
        with self.assertRaises(ValueError) as caught:
            learner.calculate(1, "&", 2)
        self.assertEqual(str(caught.exception), "Unknown operator: &")
        with self.assertRaisesRegex(ValueError, r"Unknown operator: \^"):
            learner.calculate(2, "^", 10)

    def test_non_numbers_are_type_errors(self):
        """calculate("2", "+", 3) raises a TypeError that shows '2'; None and [1] are rejected too"""
        with self.assertRaisesRegex(TypeError, "'2'"):
            learner.calculate("2", "+", 3)
        for a, b in [(None, 1), (1, [1]), (1, "3")]:
            with self.assertRaises(TypeError, msg=f"for {a!r}, {b!r}"):
                learner.calculate(a, "+", b)

    def test_bools_are_type_errors(self):
        """calculate(True, "+", 1) raises a TypeError, although True + 1 is 2 in Python"""
        with self.assertRaisesRegex(TypeError, "True"):
            learner.calculate(True, "+", 1)
        with self.assertRaises(TypeError):
            learner.calculate(1, "*", False)

    def test_nan_and_infinity_are_value_errors(self):
        """calculate(math.nan, "+", 1) and calculate(1, "*", math.inf) raise a ValueError"""
        for a, b in [(math.nan, 1), (1, math.inf), (-math.inf, 2)]:
            with self.assertRaises(ValueError, msg=f"for {a!r}, {b!r}"):
                learner.calculate(a, "*", b)


class Evaluate(unittest.TestCase):
    def test_evaluates_lines(self):
        """evaluate(" 2 ** 10 ") is the int 1024, evaluate("-4 + 2") is -2 and evaluate("1.5 * 4") is 6.0"""
        result = learner.evaluate(" 2 ** 10 ")
        self.assertEqual(result, 1024)
        self.assertIs(type(result), int)
        self.assertEqual(learner.evaluate("-4 + 2"), -2)
        self.assertEqual(learner.evaluate("1.5 * 4"), 6.0)
        self.assertEqual(learner.evaluate("7 // 2"), 3)

    def test_any_whitespace_separates_tokens(self):
        """evaluate("3\\t*   4") is 12: tabs and repeated spaces separate tokens too"""
        self.assertEqual(learner.evaluate("3\t*   4"), 12)

    def test_wrong_shape(self):
        """evaluate("2 +"), ("1 + 2 + 3") and ("") raise ValueError starting "Invalid expression: " and showing the line"""
        for line in ["2 +", "1 + 2 + 3", "", "   "]:
            with self.assertRaisesRegex(ValueError, r"^Invalid expression: ", msg=f"for {line!r}"):
                learner.evaluate(line)
        with self.assertRaisesRegex(ValueError, r"1 \+ 2 \+ 3"):
            learner.evaluate("1 + 2 + 3")

    def test_no_spaces_is_not_an_expression(self):
        """evaluate("2+3") raises ValueError "Invalid expression: ...": three tokens are required (eval() would answer 5)"""
        with self.assertRaisesRegex(ValueError, r"^Invalid expression: "):
            learner.evaluate("2+3")

    def test_bad_numbers(self):
        """evaluate("abc * 2") raises ValueError Not a number: "abc"; "12abc + 1", "nan + 1" and "1 * inf" are rejected too"""
        with self.assertRaises(ValueError) as caught:
            learner.evaluate("abc * 2")
        self.assertEqual(str(caught.exception), 'Not a number: "abc"')
        for line in ["12abc + 1", "nan + 1", "1 * inf", "1_000 + 1"]:
            with self.assertRaisesRegex(ValueError, r"^Not a number: ", msg=f"for {line!r}"):
                learner.evaluate(line)

    def test_calculate_errors_pass_through(self):
        """evaluate passes calculate's errors on: "1 / 0" raises ZeroDivisionError, "3 x 4" raises ValueError Unknown operator: x"""
        with self.assertRaises(ZeroDivisionError) as caught:
            learner.evaluate("1 / 0")
        self.assertEqual(str(caught.exception), "Cannot divide by zero")
        with self.assertRaises(ValueError) as unknown:
            learner.evaluate("3 x 4")
        self.assertEqual(str(unknown.exception), "Unknown operator: x")
