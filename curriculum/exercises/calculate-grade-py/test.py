import math
import unittest

import learner


class Grades(unittest.TestCase):
    def test_a_grades(self):
        """calculate_grade(95, 100) is "A" and calculate_grade(45, 50) is "A" (90 %)"""
        self.assertEqual(learner.calculate_grade(95, 100), "A")
        self.assertEqual(learner.calculate_grade(45, 50), "A")

    def test_thresholds_are_inclusive(self):
        """each grade starts exactly at its threshold: 90 is A, 80 is B, 70 is C, 60 is D"""
        for score, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
            self.assertEqual(learner.calculate_grade(score, 100), grade, msg=f"for {score}/100")

    def test_just_below_a_threshold(self):
        """just below a threshold gives the lower grade: 89.9 is B, 79.99 is C, 59.99 is F"""
        self.assertEqual(learner.calculate_grade(89.9, 100), "B")
        self.assertEqual(learner.calculate_grade(79.99, 100), "C")
        self.assertEqual(learner.calculate_grade(59.99, 100), "F")

    def test_d_grade_exists(self):
        """calculate_grade(6, 10) is "D" and calculate_grade(13, 20) is "D": the D grade exists"""
        self.assertEqual(learner.calculate_grade(6, 10), "D")
        self.assertEqual(learner.calculate_grade(13, 20), "D")

    def test_extremes(self):
        """calculate_grade(0, 10) is "F", calculate_grade(10, 10) is "A", and floats work: (7.5, 10.0) gives C"""
        self.assertEqual(learner.calculate_grade(0, 10), "F")
        self.assertEqual(learner.calculate_grade(10, 10), "A")
        self.assertEqual(learner.calculate_grade(7.5, 10.0), "C")


class BadInput(unittest.TestCase):
    def test_total_zero_or_negative(self):
        """calculate_grade(5, 0) and calculate_grade(5, -10) raise a ValueError that mentions the total"""
        with self.assertRaisesRegex(ValueError, "0"):
            learner.calculate_grade(5, 0)
        with self.assertRaisesRegex(ValueError, "-10"):
            learner.calculate_grade(5, -10)

    def test_score_out_of_range(self):
        """calculate_grade(-1, 10) and calculate_grade(11, 10) raise a ValueError that mentions the score"""
        with self.assertRaisesRegex(ValueError, "-1"):
            learner.calculate_grade(-1, 10)
        with self.assertRaisesRegex(ValueError, "11"):
            learner.calculate_grade(11, 10)

    def test_not_numbers(self):
        """calculate_grade("90", 100) raises a TypeError that shows '90'; None for either argument does too"""
        with self.assertRaisesRegex(TypeError, "'90'"):
            learner.calculate_grade("90", 100)
        with self.assertRaisesRegex(TypeError, "None"):
            learner.calculate_grade(90, None)
        with self.assertRaises(TypeError):
            learner.calculate_grade(None, 100)

    def test_bools(self):
        """calculate_grade(True, 1) and calculate_grade(1, True) raise a TypeError: a bool is not a score"""
        with self.assertRaises(TypeError):
            learner.calculate_grade(True, 1)
        with self.assertRaises(TypeError):
            learner.calculate_grade(1, True)

    def test_nan_and_infinity(self):
        """calculate_grade(float("nan"), 100) and calculate_grade(50, float("inf")) raise a ValueError instead of answering F"""
        for score, total in [(math.nan, 100), (50, math.nan), (50, math.inf), (math.inf, math.inf)]:
            with self.assertRaises(ValueError, msg=f"for {score!r}/{total!r}"):
                learner.calculate_grade(score, total)
