"""Rules for names, emails, roles and ids, in one place. Messages read "<field> <problem>"."""

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from user_cli.errors import ValidationError
from user_cli.models import ROLES, Role

T = TypeVar("T")

# The same pattern as zod's z.email(), used by the TypeScript version of this project.
EMAIL = re.compile(
    r"^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$"
)
ID = re.compile(r"[1-9][0-9]*")
MAX_ID = 2**53 - 1  # the largest integer a JSON number holds exactly in every language


class Invalid(ValueError):
    """One rule broken; `problem` completes the sentence "<field> ..."."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _text(value: object) -> str:
    if value is None:
        raise Invalid("is required")
    if not isinstance(value, str):
        raise Invalid("must be text")
    return value


def check_name(value: object) -> str:
    name = _text(value).strip()
    if not name:
        raise Invalid("must not be empty")
    if len(name) > 100:
        raise Invalid("must be at most 100 characters")
    return name


def check_email(value: object) -> str:
    """Trimmed and lower-cased, so uniqueness is case-insensitive."""
    email = _text(value).strip().lower()
    if len(email) > 254:
        raise Invalid("must be at most 254 characters")
    if not EMAIL.fullmatch(email):
        raise Invalid("must be a valid email address like name@example.com")
    return email


def check_role(value: object) -> Role:
    for role in ROLES:
        if value == role:
            return role
    raise Invalid(f"must be one of {', '.join(ROLES)}")


def check_id(value: object) -> int:
    """Ids are positive integers in plain decimal ("7", not "07", "7.0" or "1e1")."""
    text = _text(value).strip()
    if not ID.fullmatch(text):
        raise Invalid("must be a positive whole number")
    if int(text) > MAX_ID:
        raise Invalid("is too large")
    return int(text)


def validate(check: Callable[[object], T], value: object, label: str) -> T:
    """One value, e.g. validate(check_id, "42", "user id") == 42, or a ValidationError."""
    try:
        return check(value)
    except Invalid as error:
        raise _single(f"{label} {error.problem}") from None


def validate_fields(
    rules: Mapping[str, Callable[[object], object]], data: Mapping[str, object], label: str
) -> dict[str, object]:
    """Checks every field that has a rule; all problems are reported together."""
    result: dict[str, object] = {}
    problems: list[str] = []
    for field, check in rules.items():
        try:
            result[field] = check(data.get(field))
        except Invalid as error:
            problems.append(f"{field} {error.problem}")
    if len(problems) == 1:
        raise _single(problems[0])
    if problems:
        raise ValidationError(f"Invalid {label}", problems)
    return result


def optional(check: Callable[[object], T]) -> Callable[[object], T | None]:
    """The same rule, but a missing value (None) is fine."""
    return lambda value: None if value is None else check(value)


def _single(problem: str) -> ValidationError:
    return ValidationError(problem[:1].upper() + problem[1:])
