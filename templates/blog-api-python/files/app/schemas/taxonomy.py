from typing import Annotated, Any

from pydantic import Field, field_validator

from app.schemas.common import (
    InputModel,
    OutputModel,
    PageQuery,
    Slug,
    Timestamp,
    sort_description,
    trimmed,
    whitelisted_sort,
)

CATEGORY_SORT_FIELDS = ("name", "createdAt")
TAG_SORT_FIELDS = ("name", "postCount")


class CategoryIn(InputModel):
    name: Annotated[str, trimmed(1, 60)]
    slug: Slug | None = Field(default=None, description="Defaults to a slug made from the name")
    description: Annotated[str, trimmed(0, 500)] | None = None

    @field_validator("slug", "description", mode="before")
    @classmethod
    def _no_nulls(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("Must not be null; leave the field out instead")
        return value


class CategoryListQuery(PageQuery):
    sort: Annotated[str, whitelisted_sort(CATEGORY_SORT_FIELDS)] = Field(
        default="name", description=sort_description(CATEGORY_SORT_FIELDS)
    )


class TagListQuery(PageQuery):
    sort: Annotated[str, whitelisted_sort(TAG_SORT_FIELDS)] = Field(
        default="name", description=sort_description(TAG_SORT_FIELDS)
    )


class CategoryOut(OutputModel):
    id: int
    name: str
    slug: str
    description: str | None
    created_at: Timestamp


class TagOut(OutputModel):
    id: int
    name: str
    slug: str
    post_count: int = Field(description="Published posts with this tag")
