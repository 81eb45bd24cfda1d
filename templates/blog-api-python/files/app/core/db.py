"""The database engine, one session per request, and migrations at start-up."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def create_db_engine(url: str, *, search_path: str | None = None) -> Engine:
    """An engine for SQLite (a file) or PostgreSQL (psycopg 3; `search_path`: a schema)."""
    if not url.startswith("sqlite"):
        options = {"options": f"-csearch_path={search_path}"} if search_path else {}
        return create_engine(url, pool_pre_ping=True, connect_args=options)

    engine = create_engine(
        url,
        # Requests run in a thread pool, so the connection moves between threads.
        connect_args={"check_same_thread": False},
        # SQLite has one writer at a time anyway: one connection per process, and requests
        # queue for it in order (like better-sqlite3 in the Node version) instead of
        # polling SQLite's lock and timing out under load.
        pool_size=1,
        max_overflow=0,
        pool_timeout=30,
    )
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")  # SQLite leaves foreign keys off unless asked
    cursor.execute("PRAGMA journal_mode = WAL")  # readers do not block the writer
    cursor.execute("PRAGMA busy_timeout = 15000")  # other processes (alembic, a 2nd worker)
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    # Taking the write lock at BEGIN makes a writer in another process wait (busy_timeout)
    # instead of failing halfway through a transaction with "database is locked".
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: objects stay readable after commit while we build the response.
    return sessionmaker(bind=engine, expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    """FastAPI dependency: one session per request, closed (and rolled back if open) at the end."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


def run_migrations(engine: Engine) -> None:
    """`alembic upgrade head` on this engine: a no-op when the schema is up to date."""
    file = engine.url.database
    if engine.url.get_backend_name() == "sqlite" and file and file != ":memory:":
        Path(file).parent.mkdir(parents=True, exist_ok=True)  # data/ on a fresh checkout
    from alembic import command
    from alembic.config import Config

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several workers starting at once: one migrates, the others wait, then find
            # nothing to do. (SQLite's BEGIN IMMEDIATE already serialises them.)
            connection.execute(text("SELECT pg_advisory_xact_lock(7242019)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def describe_database(engine: Engine) -> str:
    """For the start-up log line: never includes the password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite ({url.database})"
    return f"PostgreSQL ({url.host}:{url.port or 5432}/{url.database})"
