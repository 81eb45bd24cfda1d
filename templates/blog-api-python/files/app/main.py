"""The ASGI entry point: `uvicorn app.main:app` (settings from the environment and .env).

Configuration and migrations are checked here, before the server accepts a request, so a
missing secret or an unreachable database stops start-up with one clear line.
"""

import logging
import sys

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from app.core.config import ConfigError, get_settings
from app.core.db import create_db_engine, describe_database, run_migrations
from app.core.logging import configure_logging
from app.factory import create_app

logger = logging.getLogger("app")


def _app_from_environment() -> FastAPI:
    try:
        settings = get_settings()
        engine = create_db_engine(settings.sqlalchemy_url)
    except ConfigError as error:
        sys.exit(f"Refusing to start: {error}")
    configure_logging(settings.environment)
    try:
        run_migrations(engine)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        sys.exit(f"Cannot start: database {describe_database(engine)}: {reason}")
    logger.info("Database: %s (migrations up to date)", describe_database(engine))
    return create_app(settings, engine)


app = _app_from_environment()
