"""Week 8 — the blog's data layer with SQLAlchemy 2: an Alembic migration (upgrade/downgrade) and
the feed's queries through mapped classes. The caller passes the Operations object and the Session."""

from datetime import datetime

import sqlalchemy as sa
from alembic.operations import Operations
from sqlalchemy import ForeignKey, String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


def upgrade(op: Operations) -> None:
    # Placeholder: only the users table, without its constraints. Add posts, its foreign key and the index.
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(255)),
        sa.Column("display_name", sa.String(100)),
    )


def downgrade(op: Operations) -> None:
    pass  # Placeholder: undoes nothing.


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    # TODO: posts: Mapped[list["Post"]] = relationship(back_populates="author")


# TODO: class Post(Base) mapped onto the posts table, with author: Mapped[User] = relationship(...)


def list_published_posts(session: Session, page: int = 1, limit: int = 20) -> dict:
    """One page of published posts, newest first, with the author's display name:
    {"posts": [{"id", "title", "published_at", "author"}, ...], "total": int}."""
    return {"posts": [], "total": 0}


def search_posts(session: Session, term: str) -> list[int]:
    """The ids of published posts whose title contains `term` (any case), newest first."""
    return []


def create_post(session: Session, author_id: int, title: str, body: str = ""):
    """Adds a draft and returns it (a Post) with its id; committing is the caller's job."""
    return None


def publish_post(session: Session, post_id: int, at: datetime):
    """Publishes one post at `at` and returns it; None when there is no such post."""
    return None
