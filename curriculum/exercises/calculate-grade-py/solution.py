# Week 3 — Grade a score, and refuse bad input (reference solution)
import math


def _check_number(name: str, value: object) -> None:
    # bool is a subclass of int: calculate_grade(True, 1) must not be an "A".
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, got {value!r}")
    # Every comparison with NaN is False, so NaN would slip through the range checks below.
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")


def calculate_grade(score: float, total: float) -> str:
    # Validate first, so the arithmetic below can trust its input.
    _check_number("score", score)
    _check_number("total", total)
    if total <= 0:
        raise ValueError(f"total must be greater than 0, got {total!r}")
    if not 0 <= score <= total:
        raise ValueError(f"score must be between 0 and {total!r}, got {score!r}")

    percentage = score / total * 100
    # Highest threshold first: each check only runs when the ones above did not match.
    if percentage >= 90:
        return "A"
    if percentage >= 80:
        return "B"
    if percentage >= 70:
        return "C"
    if percentage >= 60:
        return "D"
    return "F"
