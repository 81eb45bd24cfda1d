"""The SQLite engine and schema creation."""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from app.models import Base


def make_engine(database_path: str) -> Engine:
    if database_path != ":memory:":
        Path(database_path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{database_path}", connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # WAL: readers (history requests) never wait for the writer (new messages).
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    return engine


def create_schema(engine: Engine) -> None:
    """Creates missing tables. A larger project would use Alembic migrations instead."""
    Base.metadata.create_all(engine)
