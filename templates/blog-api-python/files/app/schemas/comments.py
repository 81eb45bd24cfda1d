from typing import Annotated

from pydantic import Field

from app.schemas.common import (
    InputModel,
    OutputModel,
    PageQuery,
    Timestamp,
    sort_description,
    trimmed,
    whitelisted_sort,
)

COMMENT_SORT_FIELDS = ("createdAt",)


class CommentIn(InputModel):
    body: Annotated[str, trimmed(1, 5_000)]


class CommentListQuery(PageQuery):
    sort: Annotated[str, whitelisted_sort(COMMENT_SORT_FIELDS)] = Field(
        default="createdAt", description=sort_description(COMMENT_SORT_FIELDS)
    )


class AuthorRef(OutputModel):
    id: int
    username: str


class CommentOut(OutputModel):
    id: int
    post_id: int
    body: str
    author: AuthorRef | None = Field(description="null once the author deleted their account")
    created_at: Timestamp
    updated_at: Timestamp
