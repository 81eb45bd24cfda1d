# Wrong: isinstance(True, int) lets bools through, and float() turns "nan"/"inf" tokens
# into numbers that are then rejected with the wrong message (or not at all).
def calculate(a, op, b):
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        raise TypeError(f"Operands must be numbers, got {a!r}, {b!r}")
    if a != a or b != b or a in (float("inf"), float("-inf")) or b in (float("inf"), float("-inf")):
        raise ValueError("Operands must be finite")
    match op:
        case "/" | "//" | "%" if b == 0:
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
            return a // b
        case "%":
            return a % b
        case "**":
            return a**b
        case _:
            raise ValueError(f"Unknown operator: {op}")


def _parse(token):
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError:
            raise ValueError(f'Not a number: "{token}"') from None


def evaluate(line):
    tokens = line.split()
    if len(tokens) != 3:
        raise ValueError(f"Invalid expression: {line!r}")
    left, op, right = tokens
    return calculate(_parse(left), op, _parse(right))
