"""Alembic environment: the URL comes from the app settings, the metadata from app.models."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from app.core.config import get_settings
from app.core.db import create_db_engine
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        # Called from app.core.db.run_migrations (start-up, tests): reuse its connection
        # and leave logging alone (fileConfig would silence uvicorn's loggers).
        run_with(given)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)
    engine = create_db_engine(get_settings().sqlalchemy_url)
    with engine.connect() as connection:
        run_with(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) mode is not set up for this project; run it online.")
run_migrations_online()
