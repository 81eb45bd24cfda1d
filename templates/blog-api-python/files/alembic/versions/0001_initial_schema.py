"""Initial schema: users, posts, comments, categories, tags and refresh tokens.

users, posts, categories, post_categories and comments are the course's blog schema (weeks 5
and 6); what this API adds is listed in the README ("Database schema").

Revision ID: 0001
Revises:
Create Date: 2026-01-01 00:00:00
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# sqlite_autoincrement: ids of deleted rows are never handed out again (PostgreSQL's
# identity columns behave that way already).
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def id_column() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, sa.Identity(), primary_key=True)


def timestamp(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def created(name: str) -> sa.Column[datetime]:
    """NOT NULL DEFAULT now() (CURRENT_TIMESTAMP on SQLite), as in the course's tables."""
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def slug_check() -> sa.CheckConstraint:
    """slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'; SQLite has no regular expressions, so GLOB and LIKE."""
    if op.get_bind().dialect.name == "postgresql":
        return sa.CheckConstraint("slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name="categories_slug_check")
    return sa.CheckConstraint(
        "slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'"
        " AND slug NOT LIKE '-%' AND slug NOT LIKE '%-' AND slug NOT LIKE '%--%'",
        name="categories_slug_check",
    )


def upgrade() -> None:
    op.create_table(
        "users",
        id_column(),
        sa.Column("email", sa.Text, nullable=False, unique=True),
        # the API's unique handle (JWT claim, ?author=); the course's table has display_name only
        sa.Column("username", sa.Text, nullable=False, unique=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False, server_default="reader"),
        sa.Column("bio", sa.Text),
        created("created_at"),
        created("updated_at"),
        sa.CheckConstraint("email = lower(email)", name="users_email_check"),
        sa.CheckConstraint(
            "length(display_name) BETWEEN 1 AND 100", name="users_display_name_check"
        ),
        sa.CheckConstraint("role IN ('reader', 'author', 'admin')", name="users_role_check"),
        **NEVER_REUSE_IDS,
    )
    op.create_table(
        "posts",
        id_column(),
        sa.Column(
            "author_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.Text, nullable=False, server_default="draft"),
        timestamp("published_at", nullable=True),
        created("created_at"),
        created("updated_at"),
        sa.CheckConstraint("length(title) BETWEEN 1 AND 200", name="posts_title_check"),
        sa.CheckConstraint("status IN ('draft', 'published')", name="posts_status_check"),
        sa.CheckConstraint(
            "(status = 'published') = (published_at IS NOT NULL)", name="posts_published_at_check"
        ),
        **NEVER_REUSE_IDS,
    )
    op.create_index("posts_author_id_idx", "posts", ["author_id"])
    op.create_index("posts_status_created_at_idx", "posts", ["status", "created_at"])

    op.create_table(
        "comments",
        id_column(),
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False
        ),
        # a deleted user's comments stay, signed by nobody
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("body", sa.Text, nullable=False),
        created("created_at"),
        created("updated_at"),
        sa.CheckConstraint("length(body) BETWEEN 1 AND 5000", name="comments_body_check"),
        **NEVER_REUSE_IDS,
    )
    op.create_index("comments_post_id_idx", "comments", ["post_id"])

    op.create_table(
        "categories",
        id_column(),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("slug", sa.Text, nullable=False, unique=True),
        sa.Column("description", sa.Text),
        created("created_at"),
        slug_check(),
        **NEVER_REUSE_IDS,
    )
    op.create_table(
        "tags",
        id_column(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("slug", sa.Text, nullable=False, unique=True),
        **NEVER_REUSE_IDS,
    )

    op.create_table(
        "post_tags",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("post_tags_tag_id_idx", "post_tags", ["tag_id"])
    op.create_table(
        "post_categories",
        sa.Column(
            "post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "category_id",
            sa.Integer,
            sa.ForeignKey("categories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("post_categories_category_id_idx", "post_categories", ["category_id"])

    op.create_table(
        "refresh_tokens",
        id_column(),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("family_id", sa.String(36), nullable=False),
        timestamp("expires_at"),
        timestamp("created_at"),
        timestamp("revoked_at", nullable=True),
        # 'rotated' | 'logout' | 'reuse-detected'
        sa.Column("revoked_reason", sa.Text),
        **NEVER_REUSE_IDS,
    )
    op.create_index("refresh_tokens_family_id_idx", "refresh_tokens", ["family_id"])


def downgrade() -> None:
    for table in (
        "refresh_tokens",
        "post_categories",
        "post_tags",
        "tags",
        "categories",
        "comments",
        "posts",
        "users",
    ):
        op.drop_table(table)
