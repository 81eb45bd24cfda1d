"""Tokenize + parse + evaluate in one call."""

from calculator.evaluator import Scope, evaluate
from calculator.parser import parse


def calculate(expression: str, scope: Scope | None = None) -> float:
    """calculate("2 * (3 + 4) ^ 2") == 98."""
    return evaluate(parse(expression), scope)
