# Wrong: `>` instead of `>=`, so exactly 90 % is a "B" (off by one at every threshold).
import math


def calculate_grade(score, total):
    for name, value in (("score", score), ("total", total)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
    if total <= 0:
        raise ValueError(f"total must be greater than 0, got {total!r}")
    if not 0 <= score <= total:
        raise ValueError(f"score must be between 0 and {total!r}, got {score!r}")
    percentage = score / total * 100
    if percentage > 90:
        return "A"
    if percentage > 80:
        return "B"
    if percentage > 70:
        return "C"
    if percentage > 60:
        return "D"
    return "F"
