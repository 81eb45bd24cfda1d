"""The syntax tree: the parser builds it, the evaluator walks it."""

from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    position: int


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Unary:
    operator: str  # "-" or "+"
    operand: "Node"
    position: int


@dataclass(frozen=True, slots=True)
class Binary:
    operator: str  # one of + - * / % ^
    left: "Node"
    right: "Node"
    position: int


Node: TypeAlias = Number | Name | Unary | Binary
