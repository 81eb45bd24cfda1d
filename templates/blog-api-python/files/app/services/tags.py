from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.core.slugs import slugify
from app.models import PostTag, Tag


def set_tags(session: Session, post_id: int, names: list[str]) -> None:
    """Replaces a post's tags, creating tags that do not exist yet (matched by slug)."""
    session.execute(delete(PostTag).where(PostTag.post_id == post_id))
    by_slug: dict[str, str] = {}  # slug -> name; the first spelling wins
    for name in names:
        by_slug.setdefault(slugify(name), name)
    if not by_slug:
        return
    insert = postgres_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # INSERT ... ON CONFLICT DO NOTHING: two posts adding the same new tag at once both succeed.
    session.execute(
        insert(Tag)
        .values([{"slug": slug, "name": name} for slug, name in by_slug.items()])
        .on_conflict_do_nothing(index_elements=["slug"])
    )
    tag_ids = session.scalars(select(Tag.id).where(Tag.slug.in_(by_slug))).all()
    session.add_all(PostTag(post_id=post_id, tag_id=tag_id) for tag_id in tag_ids)
    session.flush()
