import unittest
from decimal import Decimal

import learner


class PageCount(unittest.TestCase):
    def test_partial_last_page(self):
        """page_count(21, 10) is 3, page_count(1, 10) is 1 and page_count(0, 10) is 0"""
        self.assertEqual(learner.page_count(21, 10), 3)
        self.assertEqual(learner.page_count(1, 10), 1)
        self.assertEqual(learner.page_count(0, 10), 0)

    def test_exactly_full_and_half_pages(self):
        """page_count(20, 10) is 2 (no empty extra page) and page_count(25, 10) is 3 (round(2.5) would say 2)"""
        self.assertEqual(learner.page_count(20, 10), 2)
        self.assertEqual(learner.page_count(25, 10), 3)
        self.assertEqual(learner.page_count(45, 10), 5)

    def test_huge_counts_stay_exact(self):
        """page_count(10 ** 17 + 1, 1) is exactly 10 ** 17 + 1 and an int (a float division loses the last digit)"""
        result = learner.page_count(10**17 + 1, 1)
        self.assertEqual(result, 10**17 + 1)
        self.assertIs(type(result), int)

    def test_bad_page_size(self):
        """page_count(10, 0) and page_count(10, -5) raise a ValueError that mentions the bad per_page value"""
        with self.assertRaisesRegex(ValueError, "0"):
            learner.page_count(10, 0)
        with self.assertRaisesRegex(ValueError, "-5"):
            learner.page_count(10, -5)


class FormatOffset(unittest.TestCase):
    def test_positive_offsets(self):
        """format_offset(330) is "+05:30", (90) is "+01:30" and (0) is "+00:00": hours and minutes, two digits each"""
        self.assertEqual(learner.format_offset(330), "+05:30")
        self.assertEqual(learner.format_offset(90), "+01:30")
        self.assertEqual(learner.format_offset(0), "+00:00")

    def test_negative_offsets(self):
        """format_offset(-90) is "-01:30", not "-2:30": -90 // 60 is -2 because // floors"""
        self.assertEqual(learner.format_offset(-90), "-01:30")
        self.assertEqual(learner.format_offset(-30), "-00:30")
        self.assertEqual(learner.format_offset(-600), "-10:00")
        self.assertEqual(learner.format_offset(-210), "-03:30")


class Power(unittest.TestCase):
    def test_power(self):
        """power(2, 10) is 1024 (2 ^ 10 would be 8), power(5, 0) is 1 and power(9, 0.5) is 3.0"""
        self.assertEqual(learner.power(2, 10), 1024)
        self.assertEqual(learner.power(5, 0), 1)
        self.assertAlmostEqual(learner.power(9, 0.5), 3.0)


class InRange(unittest.TestCase):
    def test_both_ends_included(self):
        """in_range(1, 1, 10) and in_range(10, 1, 10) are True: both ends count"""
        self.assertIs(learner.in_range(1, 1, 10), True)
        self.assertIs(learner.in_range(10, 1, 10), True)
        self.assertIs(learner.in_range(5, 1, 10), True)

    def test_floats_inside(self):
        """in_range(5.5, 1, 10) and in_range(0.5, 0, 1) are True (range() only holds ints)"""
        self.assertIs(learner.in_range(5.5, 1, 10), True)
        self.assertIs(learner.in_range(0.5, 0, 1), True)

    def test_outside(self):
        """in_range(0, 1, 10), in_range(11, 1, 10) and in_range(10.5, 1, 10) are False"""
        for n in [0, 11, 10.5, -3]:
            self.assertIs(learner.in_range(n, 1, 10), False, msg=f"for {n!r}")


class WithDefault(unittest.TestCase):
    def test_keeps_falsy_values(self):
        """with_default keeps 0, "", False and [], which are real values: with_default(0, 10) is 0"""
        self.assertEqual(learner.with_default(0, 10), 0)
        self.assertEqual(learner.with_default("", "x"), "")
        self.assertIs(learner.with_default(False, True), False)
        self.assertEqual(learner.with_default([], ["x"]), [])

    def test_replaces_none(self):
        """with_default(None, 5) is 5 and with_default(None, "guest") is "guest": only None means missing"""
        self.assertEqual(learner.with_default(None, 5), 5)
        self.assertEqual(learner.with_default(None, "guest"), "guest")


class IdsMatch(unittest.TestCase):
    def test_digits_compare_as_numbers(self):
        """ids_match("42", 42) is True, ids_match("43", 42) is False and ids_match("0", 0) is True"""
        self.assertIs(learner.ids_match("42", 42), True)
        self.assertIs(learner.ids_match("43", 42), False)
        self.assertIs(learner.ids_match("0", 0), True)

    def test_text_is_never_equal_to_an_int(self):
        """ids_match keeps types apart: "42" == 42 is False in Python, so convert before comparing"""
        self.assertIs(learner.ids_match("7", 7), True)
        self.assertIs(learner.ids_match("7", 8), False)

    def test_rejects_what_int_accepts(self):
        """ids_match is False, without raising, for "", " 42", "4_2", "+42", "42.0", "٤٢" and "²" against 42 or 2"""
        for text, number in [("", 0), (" 42", 42), ("42 ", 42), ("4_2", 42), ("+42", 42), ("42.0", 42), ("٤٢", 42), ("²", 2), ("-1", -1)]:
            self.assertIs(learner.ids_match(text, number), False, msg=f"for {text!r} and {number!r}")


class RoundMoney(unittest.TestCase):
    def test_halves_round_up(self):
        """round_money("2.675") is Decimal("2.68") and round_money("0.125") is Decimal("0.13")"""
        for text, expected in [("2.675", "2.68"), ("0.125", "0.13"), ("1.005", "1.01"), ("2.5", "2.50")]:
            result = learner.round_money(text)
            self.assertIsInstance(result, Decimal, msg=f"for {text!r}")
            self.assertEqual(str(result), expected, msg=f"for {text!r}")

    def test_negative_and_whole_amounts(self):
        """round_money("-0.125") is Decimal("-0.13") and round_money("10") is Decimal("10.00") with two places"""
        self.assertEqual(str(learner.round_money("-0.125")), "-0.13")
        self.assertEqual(str(learner.round_money("10")), "10.00")
        self.assertEqual(str(learner.round_money("0.004")), "0.00")

    def test_decimal_input(self):
        """round_money(Decimal("19.995")) is Decimal("20.00")"""
        self.assertEqual(str(learner.round_money(Decimal("19.995"))), "20.00")

    def test_float_is_rejected(self):
        """round_money(2.675) raises a TypeError: the float is already 2.67499999..."""
        with self.assertRaises(TypeError):
            learner.round_money(2.675)
