"""Builds the FastAPI app. No port is opened here: app/main.py is what uvicorn runs,
the tests call create_app() with their own settings."""

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

# @starter-drop
from app.api.deps import AppState, build_services
# @starter-else
# from app.api.deps import AppState
# @starter-end
from app.api.routes import auth, cart, health, orders, payments, products, webhooks
from app.core.config import Settings
from app.core.db import create_schema, make_engine, make_session_factory
from app.core.errors import install_error_handlers
from app.core.openapi import install_openapi
from app.core.security import TokenService
from app.payments.fake import FakePaymentProvider
from app.payments.provider import PaymentProvider
from app.services.idempotency import IdempotencyService

logger = logging.getLogger("app")

MAX_BODY_BYTES = 100_000
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def create_app(settings: Settings, provider: PaymentProvider | None = None, database_url: str | None = None) -> FastAPI:
    """`database_url` overrides the settings' database (the tests pass a fresh one)."""
    engine = make_engine(database_url or settings.sqlalchemy_url())
    sessions = make_session_factory(engine)
    if provider is None:
        provider = FakePaymentProvider(settings.effective_webhook_secret, settings.webhook_tolerance_seconds)
    state = AppState(
        settings=settings,
        sessions=sessions,
        tokens=TokenService(settings.effective_jwt_secret, settings.jwt_expires_in_seconds),
        provider=provider,
        idempotency=IdempotencyService(sessions),
    )
    if isinstance(provider, FakePaymentProvider):
        # The fake provider delivers its signed events to our own webhook handler, in a
        # session of their own, so development exercises the real verification.
        def deliver(raw_body: bytes, headers: Mapping[str, str]) -> None:
            # @starter-replace: (stage webhooks) hand the event to your webhook service
            with sessions() as db:
                build_services(db, state).webhooks.receive(raw_body, headers)
            # @starter-else
            # del raw_body, headers
            # @starter-end

        provider.deliver = deliver

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        for warning in settings.warnings():
            logger.warning(warning)
        create_schema(engine)
        logger.info("Database: %s", engine.url.render_as_string(hide_password=True))
        yield
        engine.dispose()

    app = FastAPI(
        title="E-commerce API",
        version="1.0.0",
        lifespan=lifespan,
        openapi_url="/docs/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.shop = state
    install_error_handlers(app)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length", "0")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            body = {"error": {"code": "PAYLOAD_TOO_LARGE", "message": "The request body is too large"}}
            response: Response = JSONResponse(body, status_code=413)
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    for module in (health, auth, products, cart, orders, payments, webhooks):
        app.include_router(module.router)
    install_openapi(app)
    return app
