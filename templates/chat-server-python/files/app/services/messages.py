"""Message history in SQLite. Every query is built by SQLAlchemy with bound parameters."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Message


def iso(value: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, e.g. 2026-11-25T10:00:00.000Z (SQLite returns naive UTC)."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def message_json(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "room": message.room,
        "nickname": message.nickname,
        "text": message.text,
        "createdAt": iso(message.created_at),
    }


@dataclass(frozen=True)
class HistoryPage:
    messages: list[dict[str, Any]]  # oldest first, ready to display
    next_before: int | None  # pass as `before` for the previous (older) page; None when there is none


class MessageStore:
    def __init__(self, engine: Engine) -> None:
        self._sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def add(self, room: str, nickname: str, text: str) -> dict[str, Any]:
        with self._sessions.begin() as db:
            message = Message(room=room, nickname=nickname, text=text)
            db.add(message)
            db.flush()
            return message_json(message)

    def recent(self, room: str, limit: int) -> list[dict[str, Any]]:
        """The `limit` newest messages of a room, oldest first."""
        if limit <= 0:
            return []
        return list(reversed(self._newest(room, limit, before=None)))

    def page(self, room: str, limit: int, before: int | None = None) -> HistoryPage:
        """One page of history, newest page first; `before` is a message id (exclusive)."""
        rows = self._newest(room, limit + 1, before)  # one extra row says whether an older page exists
        messages = list(reversed(rows[:limit]))
        has_more = len(rows) > limit
        return HistoryPage(messages=messages, next_before=messages[0]["id"] if has_more and messages else None)

    def _newest(self, room: str, limit: int, before: int | None) -> list[dict[str, Any]]:
        query = select(Message).where(Message.room == room)
        if before is not None:
            query = query.where(Message.id < before)
        with self._sessions() as db:
            return [message_json(m) for m in db.scalars(query.order_by(Message.id.desc()).limit(limit))]
