"""The one table: chat messages, as a SQLAlchemy 2 typed model."""

from datetime import UTC, datetime

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Message(Base):
    __tablename__ = "messages"
    # AUTOINCREMENT: ids only ever grow, so `before=<id>` pagination stays stable after deletions.
    # (room, id) serves every history query: "the newest messages of one room".
    __table_args__ = (Index("idx_messages_room_id", "room", "id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    room: Mapped[str] = mapped_column(String(32))
    nickname: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
