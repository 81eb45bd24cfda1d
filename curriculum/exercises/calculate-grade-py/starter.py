# Week 3 — Grade a score, and refuse bad input
#
# calculate_grade(score, total) returns "A" | "B" | "C" | "D" | "F".
# Invalid input raises: TypeError for non-numbers (and bools), ValueError for impossible values.
#
# This draft forgets the D grade and accepts any input.


def calculate_grade(score, total):
    percentage = score / total * 100
    if percentage >= 90:
        return "A"
    if percentage >= 80:
        return "B"
    if percentage >= 70:
        return "C"
    return "F"
