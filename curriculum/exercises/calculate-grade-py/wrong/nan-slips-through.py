# Wrong: no finiteness check. Every comparison with NaN is False, so the range checks pass
# and calculate_grade(float("nan"), 100) answers "F".
def calculate_grade(score, total):
    for name, value in (("score", score), ("total", total)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, got {value!r}")
    if total <= 0:
        raise ValueError(f"total must be greater than 0, got {total!r}")
    if score < 0 or score > total:
        raise ValueError(f"score must be between 0 and {total!r}, got {score!r}")
    percentage = score / total * 100
    if percentage >= 90:
        return "A"
    if percentage >= 80:
        return "B"
    if percentage >= 70:
        return "C"
    if percentage >= 60:
        return "D"
    return "F"
