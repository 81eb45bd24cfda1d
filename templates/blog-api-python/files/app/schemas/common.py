"""Building blocks shared by the request and response schemas."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
)
from pydantic.alias_generators import to_camel

DEFAULT_LIMIT = 20
# Larger `?limit=` values are lowered to this cap (not rejected).
MAX_LIMIT = 100


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# 2026-01-31T12:00:00.000Z, like JavaScript's toISOString()
Timestamp = Annotated[
    datetime, PlainSerializer(_iso, return_type=str, when_used="json-unless-none")
]


def matches(pattern: str, message: str) -> AfterValidator:
    """A regex check with a message written for people (pydantic's names the regex)."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise ValueError(message)
        return value

    return AfterValidator(check)


def trimmed(min_length: int = 0, max_length: int | None = None) -> StringConstraints:
    """Whitespace is stripped first, then the length is checked."""
    return StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length)


Slug = Annotated[
    str,
    trimmed(1, 60),
    matches(r"[a-z0-9]+(?:-[a-z0-9]+)*", "Use lowercase letters, digits and single hyphens"),
]


# Ids in bodies, like ids in paths: positive and within PostgreSQL's `integer`.
DbId = Annotated[int, Field(gt=0, le=2_147_483_647)]


def reject_nul(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL characters and bcrypt refuses them: a 422, not a 500."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("Must not contain NUL (\\u0000) characters")
    if isinstance(value, list):
        for item in value:
            reject_nul(item)
    return value


class InputModel(BaseModel):
    """Request bodies: camelCase JSON, unknown fields rejected, no type coercion ("5" is not 5)."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        extra="forbid",
        strict=True,
    )

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul_characters(cls, value: Any) -> Any:
        return reject_nul(value)


class OutputModel(BaseModel):
    """Response bodies: snake_case in Python, camelCase in JSON."""

    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, serialize_by_alias=True
    )


class PageQuery(BaseModel):
    """`?page=&limit=` shared by every list endpoint; unknown query parameters are a 422."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul_characters(cls, value: Any) -> Any:
        return reject_nul(value)

    page: int = Field(default=1, ge=1, le=100_000, description="1-based page number")
    limit: Annotated[int, Field(ge=1), AfterValidator(lambda n: min(n, MAX_LIMIT))] = Field(
        default=DEFAULT_LIMIT,
        description=f"Items per page (default {DEFAULT_LIMIT}; above {MAX_LIMIT} is capped)",
    )


@dataclass(frozen=True)
class SortKey:
    field: str
    direction: Literal["asc", "desc"]


def parse_sort(value: str, allowed: tuple[str, ...]) -> list[SortKey]:
    """`-createdAt,title` -> keys; "-" means descending. Unknown fields raise ValueError."""
    keys: list[SortKey] = []
    for raw in value.split(","):
        part = raw.strip()
        direction: Literal["asc", "desc"] = "desc" if part.startswith("-") else "asc"
        field = part[1:] if part[:1] in ("-", "+") else part
        if field not in allowed:
            raise ValueError(f'Unknown sort field "{field}". Allowed: {", ".join(allowed)}')
        if all(key.field != field for key in keys):
            keys.append(SortKey(field, direction))
    return keys


def whitelisted_sort(allowed: tuple[str, ...]) -> AfterValidator:
    """Rejects `?sort=` values that name a field outside the whitelist (422, not a SQL error)."""

    def check(value: str) -> str:
        parse_sort(value, allowed)
        return value

    return AfterValidator(check)


def sort_description(allowed: tuple[str, ...]) -> str:
    return f'Comma-separated; prefix "-" for descending. Fields: {", ".join(allowed)}'


class PageMeta(OutputModel):
    page: int
    limit: int
    total: int
    total_pages: int

    @classmethod
    def of(cls, page: int, limit: int, total: int) -> "PageMeta":
        return cls(page=page, limit=limit, total=total, total_pages=-(-total // limit))


T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    """Success responses always look like `{"data": ...}`."""

    data: T


class Page(BaseModel, Generic[T]):
    """List responses: `{"data": [...], "meta": {page, limit, total, totalPages}}`."""

    data: list[T]
    meta: PageMeta


class ErrorIssue(BaseModel):
    path: str
    message: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[ErrorIssue] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody
