from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session, contains_eager

from app.core.errors import Forbidden, InvalidInput, NotFound
from app.models import Category, Comment, Post, PostCategory, PostTag, Tag, User, utc_now
from app.schemas.comments import AuthorRef
from app.schemas.common import parse_sort
from app.schemas.posts import (
    POST_SORT_FIELDS,
    CategoryRef,
    PostCreateIn,
    PostListQuery,
    PostOut,
    PostUpdateIn,
    TagRef,
)
from app.services.tags import set_tags

# API sort field -> column. Only these can reach ORDER BY (the schema rejects others).
SORT_COLUMNS = {
    "createdAt": Post.created_at,
    "updatedAt": Post.updated_at,
    "publishedAt": Post.published_at,
    "title": Post.title,
}


def visible_to(viewer_id: int | None) -> ColumnElement[bool]:
    """Published posts are public; drafts are visible to their author only."""
    if viewer_id is None:
        return Post.status == "published"
    return or_(Post.status == "published", Post.author_id == viewer_id)


def list_posts(
    session: Session, query: PostListQuery, viewer_id: int | None
) -> tuple[list[PostOut], int]:
    conditions = [visible_to(viewer_id)]
    if query.status:
        conditions.append(Post.status == query.status)
    if query.author:
        conditions.append(User.username == query.author)
    if query.tag:
        conditions.append(
            select(PostTag.post_id)
            .join(Tag, Tag.id == PostTag.tag_id)
            .where(PostTag.post_id == Post.id, Tag.slug == query.tag)
            .exists()
        )
    if query.category:
        conditions.append(
            select(PostCategory.post_id)
            .join(Category, Category.id == PostCategory.category_id)
            .where(PostCategory.post_id == Post.id, Category.slug == query.category)
            .exists()
        )

    total = (
        session.scalar(select(func.count()).select_from(Post).join(Post.author).where(*conditions))
        or 0
    )

    sort = parse_sort(query.sort, POST_SORT_FIELDS)
    order_by: list[ColumnElement[Any]] = []
    for key in sort:
        column = SORT_COLUMNS[key.field]
        # NULLS LAST gives the same order on SQLite and PostgreSQL for never-published posts.
        order_by.append((column.asc() if key.direction == "asc" else column.desc()).nulls_last())
    # Tie-breaker so equal timestamps still give a stable order across pages.
    order_by.append(Post.id.asc() if sort[0].direction == "asc" else Post.id.desc())

    rows = session.scalars(
        select(Post)
        .join(Post.author)
        .options(contains_eager(Post.author))
        .where(*conditions)
        .order_by(*order_by)
        .limit(query.limit)
        .offset((query.page - 1) * query.limit)
    ).all()
    return _hydrate(session, rows), total


def get_post(session: Session, post_id: int, viewer_id: int | None) -> PostOut:
    return _hydrate(session, [find_visible(session, post_id, viewer_id)])[0]


def create_post(session: Session, author_id: int, data: PostCreateIn) -> PostOut:
    _check_categories_exist(session, data.category_ids)
    now = utc_now()
    post = Post(
        author_id=author_id,
        title=data.title,
        body=data.body,
        status=data.status,
        published_at=now if data.status == "published" else None,
        created_at=now,
        updated_at=now,
    )
    session.add(post)
    session.flush()  # assigns post.id
    set_tags(session, post.id, data.tags)
    _set_categories(session, post.id, data.category_ids)
    session.commit()
    return get_post(session, post.id, author_id)


def update_post(session: Session, post_id: int, user_id: int, data: PostUpdateIn) -> PostOut:
    post = find_visible(session, post_id, user_id)
    if post.author_id != user_id:
        raise Forbidden("Only the author can edit this post")
    if data.category_ids is not None:
        _check_categories_exist(session, data.category_ids)

    now = utc_now()
    if data.title is not None:
        post.title = data.title
    if data.body is not None:
        post.body = data.body
    if data.status is not None:
        if data.status == "published" and post.published_at is None:
            post.published_at = now
        if data.status == "draft":
            post.published_at = None
        post.status = data.status
    post.updated_at = now
    if data.tags is not None:
        set_tags(session, post.id, data.tags)
    if data.category_ids is not None:
        _set_categories(session, post.id, data.category_ids)
    session.commit()
    return get_post(session, post_id, user_id)


def delete_post(session: Session, post_id: int, user_id: int) -> None:
    post = find_visible(session, post_id, user_id)
    if post.author_id != user_id:
        raise Forbidden("Only the author can delete this post")
    # post_tags, post_categories and comments go with it (ON DELETE CASCADE).
    session.execute(delete(Post).where(Post.id == post_id))
    session.commit()


def find_visible(session: Session, post_id: int, viewer_id: int | None) -> Post:
    """404 both for missing posts and for other people's drafts (do not leak that they exist)."""
    post = session.scalars(
        select(Post)
        .join(Post.author)
        .options(contains_eager(Post.author))
        .where(Post.id == post_id, visible_to(viewer_id))
    ).first()
    if post is None:
        raise NotFound("Post")
    return post


def _hydrate(session: Session, posts: Sequence[Post]) -> list[PostOut]:
    """Adds tags, categories and comment counts (three queries, not three per post)."""
    if not posts:
        return []
    ids = [post.id for post in posts]
    tags: dict[int, list[TagRef]] = defaultdict(list)
    for post_id, name, slug in session.execute(
        select(PostTag.post_id, Tag.name, Tag.slug)
        .join(Tag, Tag.id == PostTag.tag_id)
        .where(PostTag.post_id.in_(ids))
        .order_by(Tag.slug)
    ):
        tags[post_id].append(TagRef(name=name, slug=slug))
    categories: dict[int, list[CategoryRef]] = defaultdict(list)
    for post_id, category_id, name, slug in session.execute(
        select(PostCategory.post_id, Category.id, Category.name, Category.slug)
        .join(Category, Category.id == PostCategory.category_id)
        .where(PostCategory.post_id.in_(ids))
        .order_by(Category.slug)
    ):
        categories[post_id].append(CategoryRef(id=category_id, name=name, slug=slug))
    counts: dict[int, int] = dict(
        session.execute(
            select(Comment.post_id, func.count())
            .where(Comment.post_id.in_(ids))
            .group_by(Comment.post_id)
        ).all()
    )
    return [
        PostOut(
            id=post.id,
            title=post.title,
            body=post.body,
            status="published" if post.status == "published" else "draft",
            author=AuthorRef(id=post.author.id, username=post.author.username),
            tags=tags[post.id],
            categories=categories[post.id],
            comment_count=counts.get(post.id, 0),
            published_at=post.published_at,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )
        for post in posts
    ]


def _check_categories_exist(session: Session, category_ids: list[int]) -> None:
    if not category_ids:
        return
    found = set(session.scalars(select(Category.id).where(Category.id.in_(category_ids))))
    missing = [str(i) for i in category_ids if i not in found]
    if missing:
        raise InvalidInput(
            [
                {
                    "path": "body.categoryIds",
                    "message": f"Unknown category id(s): {', '.join(missing)}",
                }
            ]
        )


def _set_categories(session: Session, post_id: int, category_ids: list[int]) -> None:
    session.execute(delete(PostCategory).where(PostCategory.post_id == post_id))
    for category_id in dict.fromkeys(category_ids):  # unique, in order
        session.add(PostCategory(post_id=post_id, category_id=category_id))
    session.flush()
