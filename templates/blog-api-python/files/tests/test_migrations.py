from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from app.core.db import run_migrations
from app.models import Base


def test_migrations_are_tracked_and_run_once(engine: Engine) -> None:
    run_migrations(engine)  # already at head: nothing to do
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "0001"


def test_the_models_match_the_migrations(engine: Engine) -> None:
    """Changed app/models.py? Then `alembic revision --autogenerate -m "..."` (and review it)."""
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
