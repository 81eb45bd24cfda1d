"""Engine, sessions and schema creation for SQLite or PostgreSQL."""

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from app.models import Base


def make_engine(url: str, **options: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **options)
        _serialize_sqlite_writers(engine)
        return engine
    # A pool large enough that parallel checkouts really run in parallel on the server.
    # prepare_threshold=None: no server-side prepared statements, so the app also works
    # behind poolers that share one server session (PgBouncer in transaction mode).
    connect_args = {"prepare_threshold": None, **options.pop("connect_args", {})}
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, connect_args=connect_args, **options)


def _serialize_sqlite_writers(engine: Engine) -> None:
    """SQLite has one writer at a time. BEGIN IMMEDIATE takes the write lock when a
    transaction starts, so two transactions never deadlock upgrading a read lock
    (the "database is locked" error); the others wait up to `timeout` seconds."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: objects stay readable after their transaction ends.
    return sessionmaker(engine, expire_on_commit=False)


def create_schema(engine: Engine) -> None:
    """Creates missing tables. A larger project would use Alembic migrations instead."""
    Base.metadata.create_all(engine)


def insert_for(db: Session, table: type[Base]) -> postgresql.Insert | sqlite.Insert:
    """INSERT with ON CONFLICT support, in the dialect of the session's database."""
    if db.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def rowcount(result: Result[Any]) -> int:
    """How many rows an UPDATE/DELETE changed (its result is a CursorResult)."""
    return cast("CursorResult[Any]", result).rowcount


def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        yield session
