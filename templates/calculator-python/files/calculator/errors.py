"""Every problem the calculator reports is a CalcError."""

from enum import StrEnum


class ErrorCode(StrEnum):
    UNEXPECTED_CHARACTER = "UNEXPECTED_CHARACTER"
    INVALID_NUMBER = "INVALID_NUMBER"
    UNKNOWN_NAME = "UNKNOWN_NAME"
    UNEXPECTED_TOKEN = "UNEXPECTED_TOKEN"
    UNEXPECTED_END = "UNEXPECTED_END"
    EMPTY_EXPRESSION = "EMPTY_EXPRESSION"
    MISSING_CLOSING_PAREN = "MISSING_CLOSING_PAREN"
    UNMATCHED_CLOSING_PAREN = "UNMATCHED_CLOSING_PAREN"
    DIVISION_BY_ZERO = "DIVISION_BY_ZERO"
    NOT_A_NUMBER = "NOT_A_NUMBER"
    OVERFLOW = "OVERFLOW"
    # @starter-drop
    # @starter-else
    # NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
    # @starter-end


class CalcError(Exception):
    """A problem with the input. `position` is the 0-based index where it starts, or None."""

    def __init__(self, code: ErrorCode, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position


def at(position: int) -> str:
    """'at position 5' counts from 1, the way people count characters."""
    return f"at position {position + 1}"
