# Week 2 — The calculator's core
#
# calculate(a, op, b): + - * / // % ** on two finite numbers.
#   TypeError (not a number, or a bool), ValueError (NaN / infinity),
#   ZeroDivisionError("Cannot divide by zero"), ValueError("Unknown operator: <op>").
# evaluate(line): parse "<number> <operator> <number>" and calculate it.
#   ValueError("Invalid expression: ...") for the wrong shape, ValueError("Not a number: ...").


def calculate(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    # TODO: * / // % **, checks on a and b, division by zero
    return None  # TODO: an unknown operator should raise a clear error


def evaluate(line):
    raise NotImplementedError("evaluate")
