"""Syntax tree -> number. Follows IEEE-754 doubles, like the TypeScript version of this project."""

import math
from collections.abc import Mapping

# @starter-drop
from calculator.errors import CalcError, ErrorCode, at
from calculator.formatting import number_to_text
from calculator.nodes import Binary, Name, Node, Number, Unary
# @starter-else
# from calculator.errors import CalcError, ErrorCode
# from calculator.nodes import Node
# @starter-end

Scope = Mapping[str, float]

#: Names every expression may use. `ans` is supplied by the REPL (the previous result).
CONSTANTS: Scope = {"pi": math.pi, "e": math.e}


# @starter-replace: (stage one-shot-arithmetic) walk the tree: numbers, names, operators, division by zero
def evaluate(node: Node, scope: Scope | None = None) -> float:
    value = _eval(node, {**CONSTANTS, **(scope or {})})
    if not math.isfinite(value):
        raise CalcError(ErrorCode.OVERFLOW, "Result is too large to represent")
    return value


def _eval(node: Node, scope: Scope) -> float:
    match node:
        case Number(value=value):
            return value
        case Name(name=name, position=position):
            if name not in scope:
                known = ", ".join(sorted(scope))
                raise CalcError(
                    ErrorCode.UNKNOWN_NAME,
                    f'Unknown name "{name}" {at(position)} (known: {known})',
                    position,
                )
            return scope[name]
        case Unary(operator=operator, operand=operand):
            value = _eval(operand, scope)
            return -value if operator == "-" else value
        case Binary(operator=operator, left=left, right=right, position=position):
            return _apply(operator, _eval(left, scope), _eval(right, scope), position)
    raise TypeError(f"not a syntax tree node: {node!r}")


def _apply(operator: str, left: float, right: float, position: int) -> float:
    match operator:
        case "+":
            return left + right
        case "-":
            return left - right
        case "*":
            return left * right
        case "/":
            if right == 0:
                raise CalcError(
                    ErrorCode.DIVISION_BY_ZERO, f"Division by zero {at(position)}", position
                )
            return left / right
        case "%":
            if right == 0:
                raise CalcError(
                    ErrorCode.DIVISION_BY_ZERO, f"Modulo by zero {at(position)}", position
                )
            # fmod keeps the sign of the left side (-7 % 3 = -1); Python's % would give 2.
            return math.fmod(left, right) if math.isfinite(left) else math.nan
        case "^":
            return _power(left, right, position)
    raise ValueError(f"unknown operator {operator!r}")


def _power(left: float, right: float, position: int) -> float:
    if left == 0 and right < 0:
        raise CalcError(
            ErrorCode.DIVISION_BY_ZERO,
            f"Division by zero {at(position)}: 0 raised to a negative power",
            position,
        )
    try:
        result = math.nan if abs(left) == 1 and math.isinf(right) else math.pow(left, right)
    except OverflowError:
        result = math.inf  # reported as OVERFLOW once the whole expression is evaluated
    except ValueError:
        result = math.nan  # a negative number to a fractional power
    if math.isnan(result):
        raise CalcError(
            ErrorCode.NOT_A_NUMBER,
            f"{number_to_text(left)} ^ {number_to_text(right)} is not a real number {at(position)}",
            position,
        )
    return result
# @starter-else
# def evaluate(node: Node, scope: Scope | None = None) -> float:
#     names = ", ".join({**CONSTANTS, **(scope or {})})
#     raise CalcError(
#         ErrorCode.NOT_IMPLEMENTED,
#         f"TODO (stage one-shot-arithmetic): evaluate the {type(node).__name__} node "
#         f"(names in scope: {names})",
#     )
# @starter-end
