"""Shared pieces of the request and response schemas (pydantic v2)."""

from datetime import UTC, datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.alias_generators import to_camel

T = TypeVar("T")


# JSON bodies use camelCase, Python uses snake_case; the alias generator maps them.
# strict: "5" is not an integer and 1 is not a string, as in the JSON Schema we publish.
class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, strict=True)


PositiveId = Annotated[int, Field(gt=0)]
# Money: integer cents, never floats. $19.99 is 1999.
Cents = Annotated[int, Field(ge=0, le=100_000_000)]


def trimmed(min_length: int, max_length: int) -> StringConstraints:
    """Trims the text, then checks its length: use as Annotated[str, trimmed(1, 100)]."""
    return StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length)


class Envelope(BaseModel, Generic[T]):
    data: T


class PageMeta(ApiModel):
    page: int
    limit: int
    total: int
    total_pages: int


class Page(BaseModel, Generic[T]):
    data: list[T]
    meta: PageMeta


def page_meta(page: int, limit: int, total: int) -> PageMeta:
    return PageMeta(page=page, limit=limit, total=total, total_pages=-(-total // limit))


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with milliseconds, e.g. 2026-05-01T12:00:00.000Z (SQLite returns naive UTC)."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_required(value: datetime) -> str:
    return iso(value) or ""
