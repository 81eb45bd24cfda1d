from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from app.core.slugs import slugify
from app.schemas.comments import AuthorRef
from app.schemas.common import (
    DbId,
    InputModel,
    OutputModel,
    PageQuery,
    Slug,
    Timestamp,
    sort_description,
    trimmed,
    whitelisted_sort,
)

POST_SORT_FIELDS = ("createdAt", "updatedAt", "publishedAt", "title")

Status = Literal["draft", "published"]


def _has_a_letter_or_digit(name: str) -> str:
    if not slugify(name):
        raise ValueError("A tag needs at least one letter or digit")
    return name


Title = Annotated[str, trimmed(1, 200)]
Body = Annotated[str, trimmed(1, 50_000)]
TagName = Annotated[str, trimmed(1, 40), AfterValidator(_has_a_letter_or_digit)]
Tags = Annotated[list[TagName], Field(max_length=10, description="Tag names; created on first use")]
CategoryIds = Annotated[list[DbId], Field(max_length=10)]


class PostCreateIn(InputModel):
    title: Title
    body: Body
    status: Status = "draft"
    tags: Tags = Field(default_factory=list)
    category_ids: CategoryIds = Field(default_factory=list)


class PostUpdateIn(InputModel):
    """Any of the create fields; `tags` and `categoryIds` replace the whole lists."""

    title: Title | None = None
    body: Body | None = None
    status: Status | None = None
    tags: Tags | None = None
    category_ids: CategoryIds | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _no_nulls(cls, value: Any) -> Any:
        # Leave a field out to keep it; null is not a value any of them can have.
        if value is None:
            raise ValueError("Must not be null; leave the field out instead")
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> "PostUpdateIn":
        if not self.model_fields_set:
            raise ValueError("Send at least one field to update")
        return self


class PostListQuery(PageQuery):
    status: Status | None = Field(
        default=None, description="Drafts are only ever shown to their author"
    )
    tag: Slug | None = Field(default=None, description="Tag slug")
    category: Slug | None = Field(default=None, description="Category slug")
    author: Annotated[str, trimmed(1, 30), AfterValidator(str.lower)] | None = Field(
        default=None, description="Author username"
    )
    sort: Annotated[str, whitelisted_sort(POST_SORT_FIELDS)] = Field(
        default="-createdAt", description=sort_description(POST_SORT_FIELDS)
    )


class TagRef(OutputModel):
    name: str
    slug: str


class CategoryRef(OutputModel):
    id: int
    name: str
    slug: str


class PostOut(OutputModel):
    id: int
    title: str
    body: str
    status: Status
    author: AuthorRef
    tags: list[TagRef]
    categories: list[CategoryRef]
    comment_count: int
    published_at: Timestamp | None
    created_at: Timestamp
    updated_at: Timestamp
