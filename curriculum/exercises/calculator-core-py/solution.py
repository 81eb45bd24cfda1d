# Week 2 — The calculator's core (reference solution)
import math

Number = int | float


def _check_operand(value: object) -> None:
    # bool is a subclass of int, but True + 1 is never what a calculator user meant.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"Operands must be numbers, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"Operands must be finite, got {value!r}")


def calculate(a: Number, op: str, b: Number) -> Number:
    _check_operand(a)
    _check_operand(b)
    match op:
        case "/" | "//" | "%" if b == 0:
            # Python's own messages differ per operator; the user gets one clear text.
            raise ZeroDivisionError("Cannot divide by zero")
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "/":
            return a / b
        case "//":
            return a // b  # floors: -7 // 2 is -4
        case "%":
            return a % b  # takes the sign of b: -7 % 3 is 2
        case "**":
            return a**b
        case _:
            raise ValueError(f"Unknown operator: {op}")


def _parse_operand(token: str) -> Number:
    # int() and float() accept "1_000"; a calculator user did not mean that.
    if "_" not in token:
        try:
            return int(token)
        except ValueError:
            pass
    try:
        number = float(token)
    except ValueError:
        number = math.nan
    # float() accepts "nan" and "inf"; neither is a number a user can calculate with.
    if "_" in token or not math.isfinite(number):
        raise ValueError(f'Not a number: "{token}"')
    return number


def evaluate(line: str) -> Number:
    # split() without an argument splits on runs of any whitespace and ignores the ends.
    tokens = line.split()
    if len(tokens) != 3:
        raise ValueError(f"Invalid expression: {line!r}")
    left, op, right = tokens
    return calculate(_parse_operand(left), op, _parse_operand(right))
