"""The ASGI entry point: `uvicorn app.main:app` (settings from the environment and .env)."""

import sys

from fastapi import FastAPI

from app.core.config import ConfigError, get_settings
from app.core.logging import configure_logging
from app.factory import create_app


def _app_from_environment() -> FastAPI:
    try:
        settings = get_settings()
        configure_logging(settings.environment)
        return create_app(settings)
    except ConfigError as error:
        # One clear line instead of a traceback; the server does not start.
        sys.exit(f"Refusing to start: {error}")


app = _app_from_environment()
