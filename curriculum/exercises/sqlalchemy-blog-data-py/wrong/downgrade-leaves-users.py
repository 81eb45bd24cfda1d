# WRONG: downgrade() drops posts but leaves users behind, so upgrade() cannot run again
"""Week 8 — the blog's data layer with SQLAlchemy 2: an Alembic migration (upgrade/downgrade) and
the feed's queries through mapped classes. The caller passes the Operations object and the Session."""

from datetime import datetime

import sqlalchemy as sa
from alembic.operations import Operations
from sqlalchemy import ForeignKey, String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


def upgrade(op: Operations) -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(255), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("published_at", sa.DateTime, nullable=True),
    )
    # The feed's ORDER BY, so a page is read from the index instead of sorting every post.
    op.create_index("posts_published_at_id_idx", "posts", ["published_at", "id"])


def downgrade(op: Operations) -> None:
    # Reverse order: posts references users. Dropping a table drops its indexes too.
    op.drop_table("posts")


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(default="", server_default="")
    published_at: Mapped[datetime | None]
    author: Mapped[User] = relationship(back_populates="posts")


def list_published_posts(session: Session, page: int = 1, limit: int = 20) -> dict:
    """One page of published posts, newest first, with the author's display name."""
    published = Post.published_at.is_not(None)
    rows = session.execute(
        select(Post.id, Post.title, Post.published_at, User.display_name.label("author"))
        .join(Post.author)
        .where(published)
        .order_by(Post.published_at.desc(), Post.id.desc())
        .limit(limit)
        .offset((page - 1) * limit)
    ).all()
    total = session.scalar(select(func.count()).select_from(Post).where(published))
    return {"posts": [row._asdict() for row in rows], "total": total}


def search_posts(session: Session, term: str) -> list[int]:
    """The ids of published posts whose title contains `term` (any case), newest first."""
    return list(session.scalars(
        select(Post.id)
        .where(Post.published_at.is_not(None), Post.title.icontains(term, autoescape=True))
        .order_by(Post.published_at.desc(), Post.id.desc())
    ))


def create_post(session: Session, author_id: int, title: str, body: str = "") -> Post:
    """Adds a draft and returns it with its id; committing is the caller's job."""
    post = Post(author_id=author_id, title=title, body=body)
    session.add(post)
    session.flush()  # sends the INSERT now, so post.id is set
    return post


def publish_post(session: Session, post_id: int, at: datetime) -> Post | None:
    """Publishes one post at `at`; None when there is no such post."""
    post = session.get(Post, post_id)
    if post is None:
        return None
    post.published_at = at
    session.flush()
    return post
