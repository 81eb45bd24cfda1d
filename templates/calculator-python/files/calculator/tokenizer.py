"""Text -> a flat list of tokens, always ending with an EOF token."""

from dataclasses import dataclass
from enum import Enum, auto

from calculator.errors import CalcError, ErrorCode, at


class TokenType(Enum):
    NUMBER = auto()
    OPERATOR = auto()
    IDENTIFIER = auto()
    LPAREN = auto()
    RPAREN = auto()
    EOF = auto()


@dataclass(frozen=True, slots=True)
class Token:
    type: TokenType
    text: str
    position: int
    #: NUMBER: the number; OPERATOR: the canonical operator; IDENTIFIER: the lower-cased name
    value: float | str | None = None


# Symbols people type for the same operation: x and × multiply, ÷ divides, − subtracts.
OPERATOR_ALIASES: dict[str, str] = {
    "+": "+",
    "-": "-",
    "\u2212": "-",  # − minus sign
    "*": "*",
    "\u00d7": "*",  # × multiplication sign
    "\u00b7": "*",  # · middle dot
    "/": "/",
    "\u00f7": "/",  # ÷ division sign
    "%": "%",
    "^": "^",
}

DIGITS = frozenset("0123456789")
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


def _scan(text: str, start: int, allowed: frozenset[str] | set[str]) -> int:
    """Index of the first character at or after `start` that is not in `allowed`."""
    end = start
    while end < len(text) and text[end] in allowed:
        end += 1
    return end


def tokenize(text: str) -> list[Token]:
    """Numbers: 12, 3.5, .5, 2. (no exponents). Names: letters and _; a lone x multiplies."""
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in DIGITS or ch == ".":
            end = _scan(text, i, DIGITS | {"."})
            number = text[i:end]
            if number.count(".") > 1 or number == ".":
                raise CalcError(ErrorCode.INVALID_NUMBER, f'Invalid number "{number}" {at(i)}', i)
            tokens.append(Token(TokenType.NUMBER, number, i, float(number)))
            i = end
        elif ch in LETTERS:
            end = _scan(text, i, LETTERS)
            word = text[i:end]
            if word in ("x", "X"):
                tokens.append(Token(TokenType.OPERATOR, word, i, "*"))
            else:
                tokens.append(Token(TokenType.IDENTIFIER, word, i, word.lower()))
            i = end
        elif ch in OPERATOR_ALIASES:
            tokens.append(Token(TokenType.OPERATOR, ch, i, OPERATOR_ALIASES[ch]))
            i += 1
        elif ch in "()":
            tokens.append(Token(TokenType.LPAREN if ch == "(" else TokenType.RPAREN, ch, i))
            i += 1
        else:
            raise CalcError(
                ErrorCode.UNEXPECTED_CHARACTER, f'Unexpected character "{ch}" {at(i)}', i
            )
    tokens.append(Token(TokenType.EOF, "", len(text)))
    return tokens
