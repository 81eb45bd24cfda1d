"""Builds the FastAPI app. app/main.py calls this with the environment's settings and
database; the tests call it with their own settings and a throw-away database."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import Engine

from app.api.docs import install_openapi
from app.api.errors import CatchUnexpectedErrors, install_error_handlers
from app.api.middleware import BodySizeLimit, HeadAsGet, SecurityHeaders, StripTrailingSlash
from app.api.rate_limit import AuthRateLimit
from app.api.router import api_router
from app.core.config import Settings
from app.core.db import create_session_factory

logger = logging.getLogger("app")

DESCRIPTION = (
    "A blog API: accounts with rotating refresh tokens, posts, comments, categories and tags. "
    "Send `Authorization: Bearer <accessToken>` for the routes with a lock."
)


def create_app(settings: Settings, engine: Engine) -> FastAPI:
    """The app over an engine whose database is migrated (app/main.py, tests/conftest.py)."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.using_dev_secret:
            logger.warning(
                "JWT_SECRET is not set: using the built-in development secret "
                "(ENVIRONMENT=%s). Set JWT_SECRET before deploying; production refuses "
                "to start without it.",
                settings.environment,
            )
        yield

    app = FastAPI(title="Blog API", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = create_session_factory(engine)

    app.include_router(api_router)
    install_error_handlers(app)
    install_openapi(app)

    # Listed innermost first: each add_middleware wraps everything added before it.
    app.add_middleware(BodySizeLimit, max_bytes=200 * 1024)
    # Rate-limit auth before bodies are read, so floods are cheap to reject.
    app.add_middleware(
        AuthRateLimit,
        prefix="/api/auth",
        limit=settings.auth_rate_limit_max,
        window_ms=settings.auth_rate_limit_window_ms,
        trust_proxy=settings.trust_proxy > 0,
    )
    app.add_middleware(StripTrailingSlash)
    app.add_middleware(HeadAsGet)
    app.add_middleware(CatchUnexpectedErrors)
    app.add_middleware(SecurityHeaders)
    return app
