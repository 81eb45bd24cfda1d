import math
import re
import unittest

import learner


class ToNumber(unittest.TestCase):
    def test_whole_number_text_is_an_int(self):
        """to_number("42") returns the int 42, not the float 42.0"""
        result = learner.to_number("42")
        self.assertEqual(result, 42)
        self.assertIs(type(result), int)

    def test_strips_and_accepts_signs_and_decimals(self):
        """to_number strips spaces: " 7 " is 7, "-7" is -7, "0" is 0 and " 3.5 " is the float 3.5"""
        for text, expected, kind in [(" 7 ", 7, int), ("-7", -7, int), ("0", 0, int), (" 3.5 ", 3.5, float), ("-0.25", -0.25, float)]:
            result = learner.to_number(text)
            self.assertEqual(result, expected, msg=f"for {text!r}")
            self.assertIs(type(result), kind, msg=f"for {text!r}")

    def test_exponent_text_is_a_float(self):
        """to_number("4.5e2") is 450.0 and to_number("1e3") is 1000.0 (floats)"""
        self.assertEqual(learner.to_number("4.5e2"), 450.0)
        self.assertIs(type(learner.to_number("1e3")), float)

    def test_numbers_pass_through(self):
        """to_number returns an int or a finite float unchanged: 7, -0.25 and 2 ** 70"""
        for value in [7, -0.25, 2**70]:
            result = learner.to_number(value)
            self.assertEqual(result, value, msg=f"for {value!r}")
            self.assertIs(type(result), type(value), msg=f"for {value!r}")

    def test_blank_text_is_a_value_error(self):
        """to_number("") and to_number("   ") raise a ValueError that shows the blank value ('' or '   ')"""
        with self.assertRaisesRegex(ValueError, re.escape("''")):
            learner.to_number("")
        with self.assertRaisesRegex(ValueError, re.escape("'   '")):
            learner.to_number("   ")

    def test_partial_numbers_are_value_errors(self):
        """to_number("12abc") raises a ValueError mentioning 12abc, and "abc", "3.5.1", "0x1A", "1,000" are rejected too"""
        with self.assertRaisesRegex(ValueError, "12abc"):
            learner.to_number("12abc")
        for text in ["abc", "3.5.1", "0x1A", "1,000"]:
            with self.assertRaises(ValueError, msg=f"for {text!r}"):
                learner.to_number(text)

    def test_underscores_are_rejected(self):
        """to_number("1_000") raises a ValueError, although int("1_000") is 1000"""
        for text in ["1_000", "1_000.5"]:
            with self.assertRaisesRegex(ValueError, re.escape(repr(text)), msg=f"for {text!r}"):
                learner.to_number(text)

    def test_nan_and_infinity_text_are_rejected(self):
        """to_number("nan"), ("inf"), ("-Infinity") raise a ValueError, although float() accepts them"""
        for text in ["nan", "NaN", "inf", "-Infinity", " infinity "]:
            with self.assertRaises(ValueError, msg=f"for {text!r}"):
                learner.to_number(text)

    def test_nan_and_infinity_floats_are_rejected(self):
        """to_number(float("nan")) and to_number(float("inf")) raise a ValueError (right type, unusable value)"""
        for value in [math.nan, math.inf, -math.inf]:
            with self.assertRaises(ValueError, msg=f"for {value!r}"):
                learner.to_number(value)

    def test_bools_are_type_errors(self):
        """to_number(True) and to_number(False) raise a TypeError mentioning the value, although True is an int subclass"""
        with self.assertRaisesRegex(TypeError, "True"):
            learner.to_number(True)
        with self.assertRaises(TypeError):
            learner.to_number(False)

    def test_other_types_are_type_errors(self):
        """to_number(None), ([]), ({}) and (b"42") raise a TypeError; to_number(None) mentions None"""
        with self.assertRaisesRegex(TypeError, "None"):
            learner.to_number(None)
        for value in [[], {}, b"42", ["42"]]:
            with self.assertRaises(TypeError, msg=f"for {value!r}"):
                learner.to_number(value)


class ToBool(unittest.TestCase):
    def test_words(self):
        """to_bool("yes") is True and to_bool("NO") is False; true/y/1/on and false/n/0/off work stripped and in any case"""
        for word in ["yes", "true", "Y", "1", " On ", "TRUE"]:
            self.assertIs(learner.to_bool(word), True, msg=f"for {word!r}")
        for word in ["NO", "n", "0", "OFF ", "False", "\tfalse\n"]:
            self.assertIs(learner.to_bool(word), False, msg=f"for {word!r}")

    def test_false_text_is_false(self):
        """to_bool("False") is False, although bool("False") is True"""
        self.assertIs(learner.to_bool("False"), False)

    def test_bools_and_ints(self):
        """to_bool keeps True and False, and maps the ints 1 to True and 0 to False"""
        self.assertIs(learner.to_bool(True), True)
        self.assertIs(learner.to_bool(False), False)
        self.assertIs(learner.to_bool(1), True)
        self.assertIs(learner.to_bool(0), False)

    def test_unknown_words_and_ints_are_value_errors(self):
        """to_bool("maybe") raises a ValueError mentioning 'maybe'; so do "", "nope" and the int 2"""
        with self.assertRaisesRegex(ValueError, "maybe"):
            learner.to_bool("maybe")
        for value in ["", "nope", "tru", 2, -1]:
            with self.assertRaises(ValueError, msg=f"for {value!r}"):
                learner.to_bool(value)

    def test_other_types_are_type_errors(self):
        """to_bool(None), (1.0) and (["yes"]) raise a TypeError; to_bool(None) mentions None"""
        with self.assertRaisesRegex(TypeError, "None"):
            learner.to_bool(None)
        for value in [1.0, ["yes"], {}]:
            with self.assertRaises(TypeError, msg=f"for {value!r}"):
                learner.to_bool(value)
