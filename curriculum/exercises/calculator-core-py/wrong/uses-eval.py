# Wrong (and dangerous): hands the user's line to eval(), which runs any Python it is given,
# answers "2+3" and reports Python's own messages.
def calculate(a, op, b):
    if isinstance(a, bool) or isinstance(b, bool) or not all(isinstance(x, (int, float)) for x in (a, b)):
        raise TypeError(f"Operands must be numbers, got {a!r}, {b!r}")
    if op not in {"+", "-", "*", "/", "//", "%", "**"}:
        raise ValueError(f"Unknown operator: {op}")
    return eval(f"{a!r} {op} {b!r}")


def evaluate(line):
    return eval(line)
