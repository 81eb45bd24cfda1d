"""Categories (curated, created explicitly) and tags (free-form, created with posts)."""

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import Conflict, InvalidInput
from app.core.slugs import slugify
from app.models import Category, Post, PostTag, Tag, utc_now
from app.schemas.common import parse_sort
from app.schemas.taxonomy import (
    CATEGORY_SORT_FIELDS,
    TAG_SORT_FIELDS,
    CategoryIn,
    CategoryListQuery,
    CategoryOut,
    TagListQuery,
    TagOut,
)

CATEGORY_SORT_COLUMNS = {"name": Category.name, "createdAt": Category.created_at}


def to_category_out(category: Category) -> CategoryOut:
    return CategoryOut(
        id=category.id,
        name=category.name,
        slug=category.slug,
        description=category.description,
        created_at=category.created_at,
    )


def list_categories(session: Session, query: CategoryListQuery) -> tuple[list[CategoryOut], int]:
    total = session.scalar(select(func.count()).select_from(Category)) or 0
    order_by = [
        CATEGORY_SORT_COLUMNS[key.field].asc()
        if key.direction == "asc"
        else CATEGORY_SORT_COLUMNS[key.field].desc()
        for key in parse_sort(query.sort, CATEGORY_SORT_FIELDS)
    ]
    rows = session.scalars(
        select(Category)
        .order_by(*order_by, Category.id.asc())
        .limit(query.limit)
        .offset((query.page - 1) * query.limit)
    ).all()
    return [to_category_out(c) for c in rows], total


def create_category(session: Session, data: CategoryIn) -> CategoryOut:
    slug = data.slug or slugify(data.name)
    if not slug:
        raise InvalidInput(
            [{"path": "body.name", "message": "The name needs at least one letter or digit"}]
        )
    # Names are unique too (the course's schema): two slugs cannot carry one name.
    existing = session.scalar(
        select(Category.slug).where(or_(Category.slug == slug, Category.name == data.name))
    )
    if existing is not None:
        raise Conflict(f'Category "{existing}" already exists')
    category = Category(
        name=data.name, slug=slug, description=data.description, created_at=utc_now()
    )
    session.add(category)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise Conflict(f'Category "{slug}" or its name already exists') from None
    return to_category_out(category)


def list_tags(session: Session, query: TagListQuery) -> tuple[list[TagOut], int]:
    """Tags with the number of published posts carrying them."""
    total = session.scalar(select(func.count()).select_from(Tag)) or 0
    post_count = func.count(Post.id).label("post_count")
    statement = (
        select(Tag.id, Tag.name, Tag.slug, post_count)
        .outerjoin(PostTag, PostTag.tag_id == Tag.id)
        .outerjoin(Post, and_(Post.id == PostTag.post_id, Post.status == "published"))
        .group_by(Tag.id, Tag.name, Tag.slug)
    )
    for key in parse_sort(query.sort, TAG_SORT_FIELDS):
        column = post_count if key.field == "postCount" else Tag.slug
        statement = statement.order_by(column.asc() if key.direction == "asc" else column.desc())
    rows = session.execute(
        statement.order_by(Tag.id.asc()).limit(query.limit).offset((query.page - 1) * query.limit)
    ).all()
    return [
        TagOut(id=row.id, name=row.name, slug=row.slug, post_count=row.post_count) for row in rows
    ], total
