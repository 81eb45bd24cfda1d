"""Initial schema: users, posts, comments, categories, tags and refresh tokens.

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


def upgrade() -> None:
    op.create_table(
        "users",
        id_column(),
        sa.Column("email", sa.Text, nullable=False, unique=True),
        sa.Column("username", sa.Text, nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("bio", sa.Text),
        timestamp("created_at"),
        timestamp("updated_at"),
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
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="draft"),
        timestamp("published_at", nullable=True),
        timestamp("created_at"),
        timestamp("updated_at"),
        sa.CheckConstraint("status IN ('draft', 'published')", name="posts_status_check"),
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
        sa.Column(
            "author_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("body", sa.Text, nullable=False),
        timestamp("created_at"),
        timestamp("updated_at"),
        **NEVER_REUSE_IDS,
    )
    op.create_index("comments_post_id_idx", "comments", ["post_id"])

    op.create_table(
        "categories",
        id_column(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("slug", sa.Text, nullable=False, unique=True),
        sa.Column("description", sa.Text),
        timestamp("created_at"),
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
