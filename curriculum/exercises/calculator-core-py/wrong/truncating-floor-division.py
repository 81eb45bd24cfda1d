# Wrong: int(a / b) truncates toward zero (-7 // 2 becomes -3), and math.fmod keeps the
# sign of a (-7 % 3 becomes -1): that is C/JavaScript behaviour, not Python's.
import math


def _check(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"Operands must be numbers, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"Operands must be finite, got {value!r}")


def calculate(a, op, b):
    _check(a)
    _check(b)
    if op in ("/", "//", "%") and b == 0:
        raise ZeroDivisionError("Cannot divide by zero")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return int(a / b)
    if op == "%":
        return math.fmod(a, b)
    if op == "**":
        return a**b
    raise ValueError(f"Unknown operator: {op}")


def _parse(token):
    if "_" not in token:
        try:
            return int(token)
        except ValueError:
            pass
    try:
        number = float(token)
    except ValueError:
        number = math.nan
    if "_" in token or not math.isfinite(number):
        raise ValueError(f'Not a number: "{token}"')
    return number


def evaluate(line):
    tokens = line.split()
    if len(tokens) != 3:
        raise ValueError(f"Invalid expression: {line!r}")
    left, op, right = tokens
    return calculate(_parse(left), op, _parse(right))
